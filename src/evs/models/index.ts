/** The EVS shapes by family, with the model's member names (API version 2023-07-27). */
export * from './common';
export * from './connectors';
export * from './entitlements';
export * from './environments';
export * from './hosts';
export * from './tags';
export * from './versions';
export * from './vlans';
