/**
 * How to bring an object that already exists under a resource, for "already exists" errors. The
 * provider is not told the resource's address (it may sit in a module, or come from CDKTF), so the
 * block leaves it to the user, who sees it printed above the message. An import block works the
 * same in Terraform (1.5+) and OpenTofu, unlike the CLI command, whose name differs.
 */
export function importGuidance(typeName: string, importId: string): string {
  return (
    `To manage it with this resource, import it instead of creating it: add this import block, with \`to\` set to your resource's address ` +
    `(shown after "with" above), and apply again:\n\n` +
    `import {\n  to = ${typeName}.<name>\n  id = "${importId}"\n}\n\n` +
    `With CDKTF, call importFrom("${importId}") on the construct instead.`
  );
}
