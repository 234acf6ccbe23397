# What EVS offers in this Region: pick a VCF version and the ESX versions for an instance type.
data "evs_versions" "all" {}

output "vcf_versions" {
  value = data.evs_versions.all.available_vcf_versions
}

output "esx_versions_i4i" {
  value = one([for t in data.evs_versions.all.instance_type_esx_versions : t.esx_versions if t.instance_type == "i4i.metal"])
}
