import {
  to = evs_environment.prod
  id = "env-0123456789"
}
