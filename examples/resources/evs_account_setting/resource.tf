# The VCF licence cores this account has ported to Amazon EVS in the provider's Region.
resource "evs_account_setting" "ported_cores" {
  name  = "vcfPortedCoreCount"
  value = "256"
}
