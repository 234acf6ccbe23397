import {
  to = evs_environment_host.esx05
  id = "env-0123456789/esx-05"
}
