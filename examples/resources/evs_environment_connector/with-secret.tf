# The credentials secret, tagged so EVS may read it, and the connector that uses it.
# Needs the hashicorp/aws provider beside evslabs/evs.
variable "vcenter_password" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "vcenter" {
  name = "evs/vcenter"
  # A customer-managed key (kms_key_id) needs the same tag.
  tags = {
    EvsAccess = "true"
  }
}

resource "aws_secretsmanager_secret_version" "vcenter" {
  secret_id = aws_secretsmanager_secret.vcenter.id
  secret_string = jsonencode({
    username = "evs-readonly@vsphere.local"
    password = var.vcenter_password
  })
}

resource "evs_environment_connector" "vcenter" {
  environment_id    = "env-0123456789"
  type              = "VCENTER"
  appliance_fqdn    = "vcenter.evs.example.internal"
  secret_identifier = aws_secretsmanager_secret.vcenter.arn

  # The secret must hold its value before EVS checks the appliance.
  depends_on = [aws_secretsmanager_secret_version.vcenter]
}
