/** One command per EVS operation, each with its input/output types (and paginator, for lists). */
export * from './CreateEntitlementCommand';
export * from './CreateEnvironmentConnectorCommand';
export * from './DeleteEntitlementCommand';
export * from './DeleteEnvironmentConnectorCommand';
export * from './GetEnvironmentCommand';
export * from './ListEnvironmentConnectorsCommand';
export * from './ListEnvironmentsCommand';
export * from './ListVmEntitlementsCommand';
export * from './UpdateEnvironmentConnectorCommand';
