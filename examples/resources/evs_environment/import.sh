terraform import evs_environment.prod env-0123456789
