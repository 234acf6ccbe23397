import {
  to = evs_account_setting.ported_cores
  id = "vcfPortedCoreCount"
}
