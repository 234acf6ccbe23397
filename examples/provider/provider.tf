terraform {
  required_providers {
    evs = {
      source  = "evslabs/evs"
      version = "0.1.0"
    }
  }
}

# Region and credentials may also come from the environment (AWS_REGION, AWS_PROFILE, ...).
provider "evs" {
  region = "us-east-1"
}
