# Benchmark configuration: `count` connectors spread over the given environments, one of each type
# per environment (every environment is SELF_DEPLOYED, so all three types are free).
terraform {
  required_providers {
    evs = {
      source  = "evslabs/evs"
      version = "0.1.0"
    }
  }
}

variable "endpoint" { type = string }
variable "environments" { type = list(string) }
variable "connectors" { type = number }

provider "evs" {
  region   = "us-east-1"
  endpoint = var.endpoint
}

locals {
  types = ["VCENTER", "OPERATIONS_MANAGER", "SDDC_MANAGER"]
  envs  = length(var.environments)
}

resource "evs_environment_connector" "c" {
  count             = var.connectors
  environment_id    = var.environments[count.index % local.envs]
  type              = local.types[floor(count.index / local.envs)]
  appliance_fqdn    = "appliance-${count.index}.example.internal"
  secret_identifier = "evs/bench-${count.index}"
}
