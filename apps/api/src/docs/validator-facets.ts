import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

type Schema = Record<string, unknown>;
/** A class (controller or DTO). */
type Class = abstract new (...args: never[]) => unknown;
type Parameter = { name?: string; in?: string; schema?: Schema };
type Operation = { operationId?: string; parameters?: Parameter[] };
type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/** The controller classes of a running Nest application. */
export function controllerClasses(app: INestApplication): Class[] {
  return [...app.get(ModulesContainer).values()].flatMap((module) =>
    [...module.controllers.values()].map((wrapper) => wrapper.metatype as Class),
  );
}

/**
 * Copies into the document what the DTOs' class-validator rules enforce and their @ApiProperty does
 * not state (integer, bounds, lengths, patterns, allowed values), so no validator can be stricter
 * than the schema it answers for. Body DTOs are found by schema name, query DTOs through their route
 * handlers' parameter types; a facet the document already states is left as it is.
 */
export function addValidatorFacets(document: OpenAPIObject, controllers: readonly Class[]): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const operations = new Map<string, Operation>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Record<string, Operation>))
      if (operation.operationId) operations.set(operation.operationId, operation);
  }
  // Every class a handler takes (body and query DTOs among them), with the operations that take it.
  const dtoOperations = new Map<Class, Operation[]>();
  for (const controller of controllers) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      const operation = operations.get(`${controller.name}_${method}`);
      const types = (Reflect.getMetadata('design:paramtypes', prototype, method) ?? []) as unknown[];
      if (!operation) continue;
      for (const type of types)
        if (typeof type === 'function') dtoOperations.set(type as Class, [...(dtoOperations.get(type as Class) ?? []), operation]);
    }
  }
  for (const [dto, taking] of dtoOperations) {
    const rules = rulesByProperty(dto);
    if (rules.size === 0) continue;
    const properties = schemas[dto.name]?.['properties'] as Record<string, Schema> | undefined;
    for (const [property, metadata] of rules) {
      const targets = [
        properties?.[property],
        ...taking.flatMap((op) => (op.parameters ?? []).filter((p) => p.in === 'query' && p.name === property).map((p) => p.schema)),
      ];
      for (const target of targets) if (target && !('$ref' in target)) applyFacets(target, metadata);
    }
  }
}

function rulesByProperty(dto: Class): Map<string, ValidationMetadata[]> {
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const metadata of getMetadataStorage().getTargetValidationMetadatas(dto, '', false, false)) {
    if (metadata.each) continue;
    byProperty.set(metadata.propertyName, [...(byProperty.get(metadata.propertyName) ?? []), metadata]);
  }
  return byProperty;
}

// What each class-validator rule says in JSON Schema; `first`/`second` are the rule's constraints.
const FACETS: Record<string, (set: (key: string, value: unknown) => void, first: unknown, second: unknown, schema: Schema) => void> = {
  isInt: (_set, _first, _second, schema) => {
    if (schema['type'] === 'number' || schema['type'] === undefined) schema['type'] = 'integer';
  },
  min: (set, first) => set('minimum', first),
  max: (set, first) => set('maximum', first),
  isLength: (set, first, second) => {
    set('minLength', first);
    set('maxLength', second);
  },
  minLength: (set, first) => set('minLength', first),
  maxLength: (set, first) => set('maxLength', first),
  // A flagged pattern (case-insensitive...) has no JSON Schema spelling: it is left to the description.
  matches: (set, first) => set('pattern', first instanceof RegExp && first.flags === '' ? first.source : undefined),
  isIn: (set, first) => set('enum', Array.isArray(first) ? first : undefined),
};

function applyFacets(schema: Schema, rules: readonly ValidationMetadata[]): void {
  const set = (key: string, value: unknown): void => {
    if (schema[key] === undefined && value !== undefined) schema[key] = value;
  };
  for (const { name, constraints } of rules) {
    const [first, second] = (constraints ?? []) as unknown[];
    const facet = name === undefined ? undefined : FACETS[name];
    facet?.(set, first, second, schema);
  }
}
