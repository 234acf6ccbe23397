import {
  to = evs_vm_entitlement.windows
  id = "env-0123456789/cnctr-0123456789/WINDOWS_SERVER"
}
