#!/usr/bin/env node
// Checks a FollowTheMoney JSON-lines file with the official followthemoney model (npm @alephdata/followthemoney), as
// Aleph would read it: every line one entity whose id obeys FtM's id rule and is unique, whose schema exists and is
// not abstract, whose properties belong to the schema (no stub/reverse ones), whose required properties are present,
// whose values have the property type's form, and whose entity references point to an entity of the file with a
// schema in the property's range. Usage: check-ftm.js FILE... ; prints one line per problem, exits 1 if any.
'use strict';

const fs = require('fs');
const ftm = require('@alephdata/followthemoney');

const model = new ftm.Model(ftm.defaultModel);
const ID_RULE = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
const DATE_RULE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;
const problems = [];
const entities = new Map();

function problem(where, message) {
    problems.push(`${where}: ${message}`);
}

for (const file of process.argv.slice(2)) {
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
    lines.forEach((line, i) => {
        const where = `${file}:${i + 1}`;
        let raw;
        try {
            raw = JSON.parse(line);
        } catch (e) {
            problem(where, `not JSON: ${e.message}`);
            return;
        }
        if (typeof raw.id !== 'string' || !ID_RULE.test(raw.id)) {
            problem(where, `id ${JSON.stringify(raw.id)} breaks the id rule`);
        }
        const schema = model.schemata[raw.schema];
        if (!schema) {
            problem(where, `unknown schema ${JSON.stringify(raw.schema)}`);
            return;
        }
        if (schema.abstract) {
            problem(where, `abstract schema ${raw.schema}`);
        }
        const previous = entities.get(raw.id);
        if (previous && previous.file === file) {
            problem(where, `id ${raw.id} is used twice`);
        } else if (previous && previous.schema !== raw.schema) {
            problem(where, `id ${raw.id} is a ${previous.schema} in ${previous.file} but a ${raw.schema} here`);
        }
        entities.set(raw.id, { file, where, schema: raw.schema, raw });
    });
}

for (const { where, raw } of entities.values()) {
    const schema = model.getSchema(raw.schema);
    const properties = raw.properties || {};
    for (const name of schema.required) {
        if (!Array.isArray(properties[name]) || properties[name].length === 0) {
            problem(where, `${raw.schema} without its required property ${name}`);
        }
    }
    for (const [name, values] of Object.entries(properties)) {
        if (!schema.hasProperty(name)) {
            problem(where, `${raw.schema} has no property ${name}`);
            continue;
        }
        const prop = schema.getProperty(name);
        if (prop.stub) {
            problem(where, `${raw.schema}.${name} is a reverse (stub) property and cannot be written`);
        }
        if (!Array.isArray(values) || values.some((v) => typeof v !== 'string' || v === '')) {
            problem(where, `${raw.schema}.${name} is not a list of non-empty strings`);
            continue;
        }
        for (const value of values) {
            const type = prop.type.name;
            if (prop.type.isEntity) {
                const target = entities.get(value);
                if (!target) {
                    problem(where, `${raw.schema}.${name} points to ${value}, which is not in the file`);
                } else if (prop.range && !model.getSchema(target.schema).isA(prop.range)) {
                    problem(where, `${raw.schema}.${name} points to a ${target.schema}, not a ${prop.range}`);
                }
            } else if (type === 'date' && !DATE_RULE.test(value)) {
                problem(where, `${raw.schema}.${name} ${value} is not an ISO date`);
            } else if (type === 'number' && !/^-?\d+(\.\d+)?$/.test(value)) {
                problem(where, `${raw.schema}.${name} ${value} is not a number`);
            } else if (prop.type.values && prop.type.values.size > 0 && !prop.type.values.has(value)) {
                problem(where, `${raw.schema}.${name} ${value} is not a ${type} code`);
            } else if (prop.type.maxLength && value.length > prop.type.maxLength) {
                problem(where, `${raw.schema}.${name} is longer than ${prop.type.maxLength}`);
            }
        }
    }
    // The library itself must read the entity back with the same id and schema (it throws on what it refuses).
    try {
        const entity = model.getEntity(raw);
        if (entity.id !== raw.id || entity.schema.name !== raw.schema) {
            problem(where, `the library reads ${raw.id} back as ${entity.id} (${entity.schema.name})`);
        }
    } catch (e) {
        problem(where, `the library refuses the entity: ${e.message}`);
    }
}

for (const p of problems) {
    console.log(p);
}
console.log(`${entities.size} entities checked, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
