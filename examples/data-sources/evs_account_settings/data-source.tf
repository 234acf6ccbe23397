# Every EVS account setting of the provider's Region that has been set.
data "evs_account_settings" "this" {}

output "vcf_ported_core_count" {
  value = lookup(data.evs_account_settings.this.values, "vcfPortedCoreCount", null)
}
