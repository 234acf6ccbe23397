import {
  to = evs_environment_connector.vcenter
  id = "env-0123456789/cnctr-0123456789"
}
