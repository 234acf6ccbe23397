terraform import evs_environment_host.esx05 env-0123456789/esx-05
