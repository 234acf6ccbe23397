# A vCenter connector in an Amazon EVS environment, read back through both data sources, Windows
# Server entitlements for two VMs through it, and a lookup of the environment.
# Runs against AWS, or offline against the local EVS service when AWS_ENDPOINT_URL_EVS points at
# it (see README.md beside this file): nothing here names an endpoint.

terraform {
  required_providers {
    evs = {
      source  = "evslabs/evs"
      version = "0.1.0"
    }
  }
}

variable "environment_id" {
  type        = string
  default     = "env-0000000001"
  description = "The EVS environment (the local EVS service starts with env-0000000001)."
}

provider "evs" {
  region = "us-east-1"
}

resource "evs_environment_connector" "vcenter" {
  environment_id    = var.environment_id
  type              = "VCENTER"
  appliance_fqdn    = "vcenter.example.internal"
  secret_identifier = "arn:aws:secretsmanager:us-east-1:111122223333:secret:evs/vcenter-AbCdEf"

  # Also wait until the connector's health checks pass.
  wait_for_healthy = false

  timeouts {
    create = "45m"
    update = "45m"
    delete = "45m"
  }
}

# One connector, by environment and connector id (or by environment and type).
data "evs_environment_connector" "vcenter" {
  environment_id = var.environment_id
  connector_id   = evs_environment_connector.vcenter.connector_id
}

# Every connector of the environment.
data "evs_environment_connectors" "all" {
  environment_id = var.environment_id
  depends_on     = [evs_environment_connector.vcenter]
}

# Windows Server entitlements for two VMs of the vCenter Server, through the VCENTER connector
# (the local EVS service's vCenter holds vm-1001 … vm-1020).
resource "evs_vm_entitlement" "windows" {
  environment_id = var.environment_id
  connector_id   = evs_environment_connector.vcenter.connector_id
  vm_ids         = ["vm-1001", "vm-1002"]
}

# The environment itself: state, VPC, VCF version, host names, checks.
data "evs_environment" "this" {
  environment_id = var.environment_id
}

output "connector_id" {
  value = evs_environment_connector.vcenter.connector_id
}

output "connector_state" {
  value = data.evs_environment_connector.vcenter.state
}

output "connector_types" {
  value = [for c in data.evs_environment_connectors.all.connectors : c.type]
}

output "environment_state" {
  value = data.evs_environment.this.state
}

output "entitlement_statuses" {
  value = { for vm in evs_vm_entitlement.windows.vms : vm.vm_id => vm.status }
}
