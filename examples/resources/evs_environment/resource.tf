resource "evs_environment" "prod" {
  environment_name         = "prod"
  vpc_id                   = "vpc-0123456789abcdef0"
  service_access_subnet_id = "subnet-0123456789abcdef0"
  vcf_version              = "VCF-5.2.1"
  terms_accepted           = true
  site_id                  = "1234567"

  initial_vlans {
    vmk_management { cidr = "10.0.0.0/24" }
    vm_management { cidr = "10.0.1.0/24" }
    vmotion { cidr = "10.0.2.0/24" }
    vsan { cidr = "10.0.3.0/24" }
    vtep { cidr = "10.0.4.0/24" }
    edge_vtep { cidr = "10.0.5.0/24" }
    nsx_uplink { cidr = "10.0.6.0/24" }
    hcx { cidr = "10.0.7.0/24" }
    expansion_vlan1 { cidr = "10.0.8.0/24" }
    expansion_vlan2 { cidr = "10.0.9.0/24" }
  }

  dynamic "hosts" {
    for_each = ["esx-01", "esx-02", "esx-03", "esx-04"]
    content {
      host_name     = hosts.value
      key_name      = "evs-hosts"
      instance_type = "i4i.metal"
    }
  }

  license_info {
    solution_key = var.vcf_solution_key
    vsan_key     = var.vsan_key
  }

  connectivity_info {
    private_route_server_peerings = ["rsp-0123456789abcdef0", "rsp-0123456789abcdef1"]
  }

  vcf_hostnames {
    vcenter       = "vcenter"
    nsx           = "nsx"
    nsx_manager1  = "nsx-manager-1"
    nsx_manager2  = "nsx-manager-2"
    nsx_manager3  = "nsx-manager-3"
    nsx_edge1     = "nsx-edge-1"
    nsx_edge2     = "nsx-edge-2"
    sddc_manager  = "sddc-manager"
    cloud_builder = "cloud-builder"
  }

  tags = {
    workload = "vmware"
  }

  # Replacing an environment destroys it and every VM on it.
  lifecycle {
    prevent_destroy = true
  }
}

variable "vcf_solution_key" {
  type      = string
  sensitive = true
}

variable "vsan_key" {
  type      = string
  sensitive = true
}
