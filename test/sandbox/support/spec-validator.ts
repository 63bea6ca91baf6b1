import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const SPECS_ROOT = join(__dirname, '..', '..', 'fixtures', 'specs');

// Every spec file gets an id under one made-up base, mirroring its folder, so the swagger files'
// relative $refs ("../../../../../common-types/…") resolve without rewriting.
const BASE = 'https://specs.sandbox.test/';

function jsonFilesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return jsonFilesUnder(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

function createAjv(): Ajv {
  // Swagger 2.0 is not JSON Schema: x-ms-* keywords, a string `discriminator` and its own
  // formats. Non-strict mode ignores the keywords; the extra formats are accepted as declared.
  const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true, logger: false });
  addFormats(ajv);
  for (const format of ['int32', 'int64', 'byte', 'file', 'arm-id', 'date-time-rfc1123']) {
    ajv.addFormat(format, true);
  }
  for (const file of jsonFilesUnder(SPECS_ROOT)) {
    const id = BASE + relative(SPECS_ROOT, file).split(sep).join('/');
    const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    ajv.addSchema({ ...schema, $id: id });
  }
  return ajv;
}

let shared: Ajv | undefined;

/** Validator of one definition, e.g. `definitionOf(SPEC_FILES.powerBi, 'Groups')`. */
export function definitionOf(specFile: string, definition: string): ValidateFunction {
  shared ??= createAjv();
  const validate = shared.getSchema(`${BASE}${specFile}#/definitions/${definition}`);
  if (validate === undefined) throw new Error(`No definition ${definition} in ${specFile}`);
  return validate;
}

/** The validation errors as short text, empty when the value conforms. */
export function problemsOf(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

/** The problems of `value` against one definition; empty when it conforms. */
export function conformanceOf(specFile: string, definition: string, value: unknown): string[] {
  return problemsOf(definitionOf(specFile, definition), value);
}

const AZURE = 'azure-rest-api-specs/specification';
const RESOURCES = `${AZURE}/resources/resource-manager/Microsoft.Resources/stable`;
const AUTHORIZATION = `${AZURE}/authorization/resource-manager/Microsoft.Authorization/stable`;
const STORAGE = `${AZURE}/storage/resource-manager/Microsoft.Storage/stable`;
const DATA_LAKE = `${AZURE}/storage/data-plane/Azure.Storage.Files.DataLake/stable`;

export const SPEC_FILES = {
  subscriptions: `${RESOURCES}/2022-12-01/subscriptions.json`,
  resources: `${RESOURCES}/2024-03-01/resources.json`,
  storage: `${STORAGE}/2023-05-01/storage.json`,
  roleAssignments: `${AUTHORIZATION}/2022-04-01/authorization-RoleAssignmentsCalls.json`,
  commonTypesV2: `${AZURE}/common-types/resource-management/v2/types.json`,
  dataLake: `${DATA_LAKE}/2023-05-03/DataLakeStorage.json`,
  powerBi: 'powerbi/powerbi-definitions.json',
} as const;
