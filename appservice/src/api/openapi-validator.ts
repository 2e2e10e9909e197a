import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { NextFunction, Request, Response } from "express";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { KontorError } from "../errors/codes.ts";

/** The API description in the repository; requests are checked against it before any handler runs. */
export const openApiPath = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "openapi.yaml");

type Json = Record<string, unknown>;
const methods = ["get", "post", "put", "patch", "delete"] as const;

interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema?: Json;
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  pathNames: string[];
  params?: ValidateFunction;
  query?: ValidateFunction;
  headers?: ValidateFunction;
  body?: ValidateFunction;
  bodyRequired: boolean;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

/** Schemas in the document refer to `#/components/...`; compiled alone they must name the document. */
function anchorRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(anchorRefs);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Json).map(([key, inner]) => [key, key === "$ref" && typeof inner === "string" && inner.startsWith("#/") ? `openapi${inner}` : anchorRefs(inner)]),
    );
  }
  return value;
}

function resolve<T>(doc: Json, value: T | { $ref: string }): T {
  if (value && typeof value === "object" && "$ref" in value && typeof value.$ref === "string") {
    const target = value.$ref.slice(2).split("/").reduce<unknown>((node, key) => (node as Json)[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
    return resolve(doc, target as T);
  }
  return value as T;
}

function objectSchema(parameters: Parameter[], closed: boolean): Json {
  return {
    type: "object",
    properties: Object.fromEntries(parameters.map((p) => [p.in === "header" ? p.name.toLowerCase() : p.name, anchorRefs(p.schema ?? {})])),
    required: parameters.filter((p) => p.required).map((p) => (p.in === "header" ? p.name.toLowerCase() : p.name)),
    additionalProperties: !closed,
  };
}

function describe(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const path = error.instancePath.replace(/^\//, "").replace(/\//g, ".");
    if (error.keyword === "additionalProperties") return `${where}${path ? `.${path}` : ""}.${String(error.params.additionalProperty)}: unknown; check the spelling against docs/openapi.yaml`;
    return `${where}${path ? `.${path}` : ""}: ${error.message ?? "is invalid"}`;
  });
}

/** Compiles validators for every operation of the document. */
export function compileOpenApi(doc: Json): Operation[] {
  const strict = new Ajv2020({ strict: false, allErrors: true });
  const coercing = new Ajv2020({ strict: false, allErrors: true, coerceTypes: true });
  for (const ajv of [strict, coercing]) {
    addFormats(ajv);
    ajv.addSchema(doc, "openapi");
  }
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    const shared = ((item.parameters ?? []) as unknown[]).map((p) => resolve<Parameter>(doc, p as Parameter));
    for (const method of methods) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const parameters = [...shared, ...((operation.parameters ?? []) as unknown[]).map((p) => resolve<Parameter>(doc, p as Parameter))];
      const pathNames = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "");
      const byPlace = (place: Parameter["in"]) => parameters.filter((p) => p.in === place);
      const body = operation.requestBody ? resolve<Json>(doc, operation.requestBody as Json) : undefined;
      const bodySchema = (body?.content as Record<string, Json> | undefined)?.["application/json"]?.schema;
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${template.replace(/\{\w+\}/g, "([^/]+)")}$`),
        pathNames,
        params: pathNames.length ? coercing.compile(objectSchema(byPlace("path"), false)) : undefined,
        query: coercing.compile(objectSchema(byPlace("query"), true)),
        headers: byPlace("header").length ? strict.compile(objectSchema(byPlace("header"), false)) : undefined,
        body: bodySchema ? strict.compile(anchorRefs(bodySchema) as Json) : undefined,
        bodyRequired: body?.required === true,
      });
    }
  }
  return operations;
}

/**
 * Express middleware (mounted on the API router, before the handlers):
 * checks path parameters, query and JSON body of every request the document
 * describes; others pass through untouched. Needs the parsed body, so it runs
 * per route after the body parser: use `validateRequest` there.
 */
export function loadOpenApiOperations(path = openApiPath): Operation[] {
  return compileOpenApi(parseYaml(readFileSync(path, "utf8")) as Json);
}

export function findOperation(operations: readonly Operation[], method: string, path: string): { operation: Operation; params: Json } | undefined {
  for (const operation of operations) {
    if (operation.method !== method) continue;
    const match = operation.pattern.exec(path);
    if (!match) continue;
    return { operation, params: Object.fromEntries(operation.pathNames.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? "")])) };
  }
  return undefined;
}

/** Validates the request against its operation; call after the JSON body is parsed. */
export function validateAgainstOpenApi(operations: readonly Operation[]) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const found = findOperation(operations, req.method, req.path);
    if (!found) return next();
    const { operation, params } = found;
    const query = { ...(req.query as Json) };
    const problems = [
      ...(operation.params && !operation.params(params) ? describe("path", operation.params.errors) : []),
      ...(operation.query && !operation.query(query) ? describe("query", operation.query.errors) : []),
      ...(operation.headers && !operation.headers(Object.fromEntries(Object.entries(req.headers).filter(([key]) => key === "idempotency-key"))) ? describe("header", operation.headers.errors) : []),
    ];
    if (operation.body && (req.body !== undefined || operation.bodyRequired)) {
      if (req.body === undefined) problems.push("body: a JSON body is required");
      else if (!operation.body(req.body)) problems.push(...describe("body", operation.body.errors));
    }
    if (problems.length > 0) return next(new KontorError("invalid_request", problems.join("; "), { problems }));
    next();
  };
}
