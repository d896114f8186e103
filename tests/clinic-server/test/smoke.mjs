#!/usr/bin/env node
// Smoke tests of the reference clinic server, run by CTest against the
// servers the fixture started (see fixture.sh and CMakeLists.txt).
//
// Usage: node smoke.mjs STATE_DIR CASE
// Cases: auth, create-read, validation, batch-conditional, identifier-index,
//        transaction-limits, gzip, paging, patient-searches, https, faults,
//        persistence
// Exit status: 0 passed, 1 failed, 77 skipped.

import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SKIP = 77;
const here = path.dirname(fileURLToPath(import.meta.url));
const serverScript = path.join(here, '..', 'server.mjs');
const [stateDir, caseName] = process.argv.slice(2);

// --- A raw HTTP client: no automatic decompression, full control of headers -------

/**
 * Sends one request. body: an object (sent as JSON) or a Buffer. Options:
 * token (false for none), gzip (compress the body), headers, ca.
 * Resolves to { status, headers, raw (bytes on the wire), json, gzipped }.
 */
function request(baseUrl, method, relPath, body, opts = {}) {
  const url = new URL(relPath.startsWith('http') ? relPath : baseUrl + relPath);
  const headers = { accept: 'application/fhir+json', ...opts.headers };
  if (opts.token !== false) {
    headers.authorization = `Bearer ${opts.token ?? state.token}`;
  }
  let payload;
  if (body !== undefined) {
    payload = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
    headers['content-type'] ??= 'application/fhir+json';
    if (opts.gzip) {
      payload = zlib.gzipSync(payload);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = payload.length;
  }
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(url, { method, headers, ca: opts.ca, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const gzipped = res.headers['content-encoding'] === 'gzip';
        const text = (gzipped ? zlib.gunzipSync(raw) : raw).toString('utf8');
        resolve({ status: res.statusCode, headers: res.headers, raw, gzipped, json: text ? JSON.parse(text) : undefined });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

let state;
const api = (method, relPath, body, opts) => request(state.baseUrl, method, relPath, body, opts);

function assertOutcome(res, status, textPattern) {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.json)}`);
  assert.equal(res.json?.resourceType, 'OperationOutcome', 'the error body is an OperationOutcome');
  if (textPattern) {
    const texts = res.json.issue.map((i) => i.details?.text ?? i.diagnostics ?? '').join(' | ');
    assert.match(texts, textPattern);
  }
}

// --- Test data ----------------------------------------------------------------------------

const uuid = () => crypto.randomUUID();
/** A tag unique to this run, so that tests sharing the server never see each other's data. */
const runTag = () => ({ system: 'urn:pacewise:test-run', code: uuid() });

function diaryObservation(id, tag, pain = 4) {
  return {
    resourceType: 'Observation',
    meta: { tag: [tag] },
    identifier: [{ system: 'urn:pacewise:diary-entry', value: id }],
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' }] },
    subject: { reference: 'Patient/example' },
    effectiveDateTime: '2026-03-01T20:15:00+01:00',
    valueInteger: pain,
  };
}

function conditionalCreate(resource) {
  const id = resource.identifier[0];
  return { resource, request: { method: 'POST', url: resource.resourceType, ifNoneExist: `identifier=${id.system}|${id.value}` } };
}

const countByTag = async (type, tag) => {
  const res = await api('GET', `/${type}?_tag=${encodeURIComponent(`${tag.system}|${tag.code}`)}&_summary=count`);
  assert.equal(res.status, 200);
  return res.json.total;
};

const statuses = (bundle) => bundle.entry.map((e) => e.response.status).join(',');

// --- Cases ----------------------------------------------------------------------------------

const cases = {
  async auth() {
    const none = await api('GET', '/Patient', undefined, { token: false });
    assertOutcome(none, 401, /Missing bearer token/);
    assert.match(none.headers['www-authenticate'], /^Bearer /);
    const wrong = await api('GET', '/Patient', undefined, { token: 'not-the-token' });
    assertOutcome(wrong, 401, /Invalid bearer token/);
    assert.match(wrong.headers['www-authenticate'], /invalid_token/);
    const basic = await api('GET', '/Patient', undefined, { token: false, headers: { authorization: 'Basic dTpw' } });
    assertOutcome(basic, 401);
    const write = await api('POST', '/Patient', { resourceType: 'Patient' }, { token: false });
    assertOutcome(write, 401);
    const ok = await api('GET', '/Patient?_count=1');
    assert.equal(ok.status, 200);
    assert.equal(ok.json.resourceType, 'Bundle');
    const meta = await api('GET', '/metadata', undefined, { token: false });
    assert.equal(meta.status, 200, 'the CapabilityStatement needs no token');
    assert.equal(meta.json.resourceType, 'CapabilityStatement');
    assert.equal(meta.json.fhirVersion, '4.0.1');
  },

  async 'create-read'() {
    const family = `Tester-${uuid()}`;
    const created = await api('POST', '/Patient', {
      resourceType: 'Patient',
      id: 'client-chosen',
      meta: { versionId: 'client', lastUpdated: '2000-01-01T00:00:00Z' },
      name: [{ family, given: ['Ada'] }],
      birthDate: '1980-02-29',
    });
    assert.equal(created.status, 201, JSON.stringify(created.json));
    const patient = created.json;
    assert.notEqual(patient.id, 'client-chosen', 'the server assigns the id on create');
    assert.notEqual(patient.meta.versionId, 'client');
    assert.ok(Date.now() - Date.parse(patient.meta.lastUpdated) < 60_000, 'lastUpdated is the server time');
    assert.equal(created.headers.etag, `W/"${patient.meta.versionId}"`);
    assert.equal(created.headers.location, `${state.baseUrl}/Patient/${patient.id}/_history/${patient.meta.versionId}`);

    const read = await api('GET', `/Patient/${patient.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.json, patient);

    const updated = await api('PUT', `/Patient/${patient.id}`, { ...patient, gender: 'female' }, {
      headers: { 'if-match': created.headers.etag },
    });
    assert.equal(updated.status, 200, JSON.stringify(updated.json));
    assert.notEqual(updated.json.meta.versionId, patient.meta.versionId);
    const stale = await api('PUT', `/Patient/${patient.id}`, { ...patient, gender: 'male' }, {
      headers: { 'if-match': created.headers.etag },
    });
    assertOutcome(stale, 412);
    const old = await api('GET', `/Patient/${patient.id}/_history/${patient.meta.versionId}`);
    assert.equal(old.status, 200);
    assert.equal(old.json.gender, undefined);
    const history = await api('GET', `/Patient/${patient.id}/_history`);
    assert.deepEqual(history.json.entry.map((e) => e.resource.meta.versionId), [updated.json.meta.versionId, patient.meta.versionId]);

    const missing = await api('GET', `/Patient/${uuid()}`);
    assertOutcome(missing, 404);
    assertOutcome(await api('GET', '/NotAType'), 404, /Unknown resource type/);
  },

  async validation() {
    const tag = runTag();
    const before = await countByTag('Observation', tag);
    const noStatusNoCode = await api('POST', '/Observation', { resourceType: 'Observation', meta: { tag: [tag] } });
    assertOutcome(noStatusNoCode, 400, /Missing required property/);
    const where = noStatusNoCode.json.issue.flatMap((i) => i.expression ?? []);
    assert.ok(where.includes('Observation.status') && where.includes('Observation.code'), JSON.stringify(where));

    const good = diaryObservation(uuid(), tag);
    assertOutcome(await api('POST', '/Observation', { ...good, painLevel: 7 }), 400, /Invalid additional property/);
    assertOutcome(await api('POST', '/Observation', { ...good, effectiveDateTime: '2026-13-01' }), 400, /Invalid dateTime/);
    assertOutcome(await api('POST', '/Observation', { ...good, valueInteger: 'four' }), 400);
    assertOutcome(await api('POST', '/Observation', Buffer.from('{"resourceType": ')), 400, /not valid JSON/);
    assertOutcome(
      await api('POST', '/Observation', Buffer.from('status=final'), { headers: { 'content-type': 'text/plain' } }),
      415
    );

    const stored = await api('POST', '/Observation', good);
    assert.equal(stored.status, 201);
    const { status: _s, ...withoutStatus } = stored.json;
    assertOutcome(await api('PUT', `/Observation/${stored.json.id}`, withoutStatus), 400, /Missing required property/);
    const patched = await api('PATCH', `/Observation/${stored.json.id}`, [{ op: 'remove', path: '/code' }], {
      headers: { 'content-type': 'application/json-patch+json' },
    });
    assertOutcome(patched, 400, /Missing required property/);

    // batch: each entry stands alone
    const batch = await api('POST', '', {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [conditionalCreate(diaryObservation(uuid(), tag)), { resource: { resourceType: 'Observation', meta: { tag: [tag] } }, request: { method: 'POST', url: 'Observation' } }],
    });
    assert.equal(batch.status, 200);
    assert.equal(statuses(batch.json), '201,400');
    assert.equal(batch.json.entry[1].response.outcome.resourceType, 'OperationOutcome');

    // transaction: all or nothing (the launcher rolls back)
    const txn = await api('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [conditionalCreate(diaryObservation(uuid(), tag)), { resource: { resourceType: 'Observation', meta: { tag: [tag] } }, request: { method: 'POST', url: 'Observation' } }],
    });
    assertOutcome(txn, 400, /Missing required property/);
    assert.equal(await countByTag('Observation', tag), before + 2, 'only the valid create and the valid batch entry are stored');

    // searches the in-memory engine cannot answer are refused, not answered empty
    assertOutcome(await api('GET', '/Observation?painscore=3'), 400, /Unknown search parameter/);
    assertOutcome(await api('GET', '/Observation?value-quantity=5'), 400, /not supported/);
    assertOutcome(await api('GET', '/Observation?subject.name=x'), 400, /not supported/);
  },

  async 'batch-conditional'() {
    const tag = runTag();
    const ids = Array.from({ length: 10 }, uuid);
    const bundle = { resourceType: 'Bundle', type: 'batch', entry: ids.map((id) => conditionalCreate(diaryObservation(id, tag))) };
    const first = await api('POST', '', bundle);
    assert.equal(first.status, 200);
    assert.equal(first.json.type, 'batch-response');
    assert.equal(statuses(first.json), Array(10).fill('201').join(','));
    for (const e of first.json.entry) {
      assert.equal(e.response.etag, `W/"${e.resource.meta.versionId}"`, 'entries carry their version');
    }
    const second = await api('POST', '', bundle);
    assert.equal(second.status, 200);
    assert.equal(statuses(second.json), Array(10).fill('200').join(','), 'the retry matches, it does not create');
    assert.deepEqual(
      second.json.entry.map((e) => e.resource.id),
      first.json.entry.map((e) => e.resource.id)
    );
    assert.equal(await countByTag('Observation', tag), 10);

    // an edit as a conditional update, with a search riding in the same batch
    const edited = diaryObservation(ids[0], tag, 9);
    const query = `Observation?_tag=${encodeURIComponent(`${tag.system}|${tag.code}`)}&_count=100`;
    const mixed = await api('POST', '', {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [
        { request: { method: 'GET', url: query } },
        { resource: edited, request: { method: 'PUT', url: `Observation?identifier=urn:pacewise:diary-entry|${ids[0]}` } },
        conditionalCreate(diaryObservation(ids[1], tag)),
      ],
    });
    assert.equal(statuses(mixed.json), '200,200,200');
    assert.equal(mixed.json.entry[1].resource.id, first.json.entry[0].resource.id, 'updated in place');
    assert.equal(mixed.json.entry[1].resource.valueInteger, 9);
    const search = mixed.json.entry[0].resource;
    assert.equal(search.total, 10, 'the search entry runs after the writes of its batch');
    assert.equal(search.entry.find((e) => e.resource.id === first.json.entry[0].resource.id).resource.valueInteger, 9);
    assert.equal(await countByTag('Observation', tag), 10);

    // Prefer: return=minimal drops the resources, keeps status, location and etag
    const minimal = await api('POST', '', bundle, { headers: { prefer: 'return=minimal' } });
    assert.equal(minimal.json.entry.length, 10);
    for (const e of minimal.json.entry) {
      assert.equal(e.resource, undefined);
      assert.equal(e.response.status, '200');
      assert.match(e.response.location, /^Observation\//);
      assert.match(e.response.etag, /^W\/"/);
    }
  },

  async 'identifier-index'() {
    // The launcher answers identifier searches from an index; with _sort the
    // engine's own full scan answers. Both must agree, whatever happened.
    const tag = runTag();
    const value = uuid();
    const sys = 'urn:pacewise:diary-entry';
    const ids = async (query) => {
      const fast = await api('GET', `/Observation?${query}&_count=100`);
      const scan = await api('GET', `/Observation?${query}&_count=100&_sort=_id`);
      assert.equal(fast.status, 200, JSON.stringify(fast.json));
      assert.equal(scan.status, 200, JSON.stringify(scan.json));
      const a = (fast.json.entry ?? []).map((e) => e.resource.id).sort();
      const b = (scan.json.entry ?? []).map((e) => e.resource.id).sort();
      assert.deepEqual(a, b, `index and scan agree for ${query}`);
      return a;
    };
    const q = (v) => `identifier=${encodeURIComponent(v)}`;
    const first = (await api('POST', '/Observation', diaryObservation(value, tag))).json;
    const noSystem = { ...diaryObservation(value, tag), identifier: [{ value }] };
    const second = (await api('POST', '/Observation', noSystem)).json;
    assert.deepEqual(await ids(q(`${sys}|${value}`)), [first.id]);
    assert.deepEqual(await ids(q(`${sys}|${value.toUpperCase()}`)), [first.id], 'token search ignores case');
    assert.deepEqual(await ids(q(`urn:other|${value}`)), []);
    assert.deepEqual(await ids(q(`|${value}`)), [second.id], '|value: identifiers without a system');
    assert.deepEqual(await ids(q(value)), [first.id, second.id].sort(), 'value alone: any system');
    assert.equal((await ids(q(`${sys}|`))).length >= 1, true);

    const renamed = uuid();
    const moved = await api('PUT', `/Observation/${first.id}`, { ...first, identifier: [{ system: sys, value: renamed }] });
    assert.equal(moved.status, 200);
    assert.deepEqual(await ids(q(`${sys}|${value}`)), [], 'an edit removes the old identifier');
    assert.deepEqual(await ids(q(`${sys}|${renamed}`)), [first.id]);

    assert.equal((await api('DELETE', `/Observation/${second.id}`)).status, 200);
    assert.deepEqual(await ids(q(`|${value}`)), [], 'a delete removes it');

    const failed = await api('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        conditionalCreate(diaryObservation(value, tag)),
        { resource: { resourceType: 'Observation' }, request: { method: 'POST', url: 'Observation' } },
      ],
    });
    assertOutcome(failed, 400);
    assert.deepEqual(await ids(q(`${sys}|${value}`)), [], 'a rolled-back transaction leaves no trace');
    const redo = await api('POST', '/Observation', diaryObservation(value, tag), {
      headers: { 'if-none-exist': q(`${sys}|${value}`) },
    });
    assert.equal(redo.status, 201);
    assert.deepEqual(await ids(q(`${sys}|${value}`)), [redo.json.id]);
  },

  async 'transaction-limits'() {
    const tag = runTag();
    const txn = (n) => ({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: Array.from({ length: n }, () => conditionalCreate(diaryObservation(uuid(), tag))),
    });
    const eight = await api('POST', '', txn(8));
    assert.equal(eight.status, 200, JSON.stringify(eight.json));
    assert.equal(eight.json.type, 'transaction-response');
    assert.equal(statuses(eight.json), Array(8).fill('201').join(','));
    const nine = await api('POST', '', txn(9));
    assertOutcome(nine, 400, /too many entries/);
    // one conditional entry is enough to cap the whole transaction at 8 entries
    const mixed = txn(1);
    for (let i = 0; i < 8; i++) {
      mixed.entry.push({ resource: diaryObservation(uuid(), tag), request: { method: 'POST', url: 'Observation' } });
    }
    assertOutcome(await api('POST', '', mixed), 400, /too many entries/);
    // plain creates are not capped that way
    const plain = { resourceType: 'Bundle', type: 'transaction', entry: mixed.entry.slice(1).concat(mixed.entry.slice(1)) };
    const sixteen = await api('POST', '', plain);
    assert.equal(sixteen.status, 200, JSON.stringify(sixteen.json));
    assert.equal(await countByTag('Observation', tag), 8 + 16);
  },

  async gzip() {
    const tag = runTag();
    const ids = Array.from({ length: 20 }, uuid);
    const bundle = { resourceType: 'Bundle', type: 'batch', entry: ids.map((id) => conditionalCreate(diaryObservation(id, tag))) };
    const sent = await api('POST', '', bundle, { gzip: true, headers: { 'accept-encoding': 'gzip' } });
    assert.equal(sent.status, 200, JSON.stringify(sent.json));
    assert.equal(statuses(sent.json), Array(20).fill('201').join(','));
    assert.ok(sent.gzipped, 'the response is gzipped when the client accepts it');
    assert.equal(sent.headers.vary, 'Accept-Encoding');

    const query = `/Observation?_tag=${encodeURIComponent(`${tag.system}|${tag.code}`)}&_count=50`;
    const zipped = await api('GET', query, undefined, { headers: { 'accept-encoding': 'br;q=1, gzip;q=0.8' } });
    const plain = await api('GET', query, undefined, { headers: { 'accept-encoding': 'identity' } });
    const refused = await api('GET', query, undefined, { headers: { 'accept-encoding': 'gzip;q=0' } });
    assert.ok(zipped.gzipped);
    assert.ok(!plain.gzipped && !plain.headers['content-encoding']);
    assert.ok(!refused.gzipped, 'gzip;q=0 means no gzip');
    assert.deepEqual(zipped.json, plain.json);
    assert.equal(zipped.json.total, 20);
    assert.ok(zipped.raw.length * 4 < plain.raw.length, `gzip shrinks a search page (${zipped.raw.length} vs ${plain.raw.length} bytes)`);

    const again = await api('POST', '', bundle, { gzip: true });
    assert.equal(statuses(again.json), Array(20).fill('200').join(','));
    assertOutcome(
      await api('POST', '/Observation', Buffer.from('not gzip at all'), { headers: { 'content-encoding': 'gzip' } }),
      400,
      /not valid gzip/
    );
    assertOutcome(
      await api('POST', '/Observation', Buffer.from('{}'), { headers: { 'content-encoding': 'br' } }),
      415
    );
  },

  async paging() {
    const tag = runTag();
    const tagParam = `_tag=${encodeURIComponent(`${tag.system}|${tag.code}`)}`;
    const start = new Date(Date.now() - 1).toISOString();
    const entry = Array.from({ length: 25 }, () => conditionalCreate(diaryObservation(uuid(), tag)));
    const created = await api('POST', '', { resourceType: 'Bundle', type: 'batch', entry });
    assert.equal(statuses(created.json), Array(25).fill('201').join(','));

    // follow the next links, 10 at a time
    let url = `/Observation?${tagParam}&_lastUpdated=gt${encodeURIComponent(start)}&_sort=_lastUpdated&_count=10`;
    const pages = [];
    while (url) {
      const page = await api('GET', url);
      assert.equal(page.status, 200, JSON.stringify(page.json));
      assert.equal(page.json.total, 25);
      pages.push(page.json.entry.map((e) => e.resource));
      url = page.json.link.find((l) => l.relation === 'next')?.url;
      assert.ok(pages.length <= 3, 'no more than three pages');
    }
    assert.deepEqual(pages.map((p) => p.length), [10, 10, 5]);
    const all = pages.flat();
    assert.equal(new Set(all.map((r) => r.id)).size, 25);
    const stamps = all.map((r) => r.meta.lastUpdated);
    assert.deepEqual([...stamps].sort(), stamps, 'sorted by _lastUpdated');

    // a cursor: only what changed after it comes back
    const cursor = stamps[stamps.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 5));
    const changed = all.slice(3, 6).map((r) => ({ ...r, valueInteger: 8 }));
    for (const r of changed) {
      assert.equal((await api('PUT', `/Observation/${r.id}`, r)).status, 200);
    }
    const since = await api('GET', `/Observation?${tagParam}&_lastUpdated=gt${encodeURIComponent(cursor)}&_sort=_lastUpdated`);
    assert.deepEqual(since.json.entry.map((e) => e.resource.id), changed.map((r) => r.id));
    assert.ok(since.json.entry.every((e) => e.resource.valueInteger === 8));

    // a '+' offset must be percent-encoded: a bare '+' reads as a space
    const plus = await api('GET', `/Observation?${tagParam}&_lastUpdated=gt2000-01-01T00:00:00%2B02:00&_summary=count`);
    assert.equal(plus.json.total, 25);
    assertOutcome(await api('GET', `/Observation?${tagParam}&_lastUpdated=gt2000-01-01T00:00:00+02:00`), 400);

    // default page size and the cap
    const dflt = await api('GET', `/Observation?${tagParam}`);
    assert.equal(dflt.json.entry.length, 20, 'a search without _count gets 20');
    assert.ok(dflt.json.link.some((l) => l.relation === 'next'));
  },

  async 'patient-searches'() {
    // The searches a sync pull makes for one patient, on each type it pulls.
    const patient = (await api('POST', '/Patient', { resourceType: 'Patient', name: [{ family: 'Pull' }] })).json;
    const ref = { reference: `Patient/${patient.id}` };
    const start = new Date(Date.now() - 1).toISOString();
    const resources = [
      { resourceType: 'Task', status: 'requested', intent: 'order', for: ref, description: 'Walk 10 minutes' },
      { resourceType: 'CarePlan', status: 'active', intent: 'plan', subject: ref },
      { resourceType: 'Communication', status: 'completed', subject: ref, recipient: [ref], payload: [{ contentString: 'Hello' }] },
      { resourceType: 'Appointment', status: 'booked', start: '2026-12-01T10:00:00Z', end: '2026-12-01T10:30:00Z', participant: [{ actor: ref, status: 'accepted' }] },
    ];
    for (const r of resources) {
      const res = await api('POST', `/${r.resourceType}`, r);
      assert.equal(res.status, 201, `${r.resourceType}: ${JSON.stringify(res.json)}`);
    }
    const since = `_lastUpdated=gt${encodeURIComponent(start)}&_sort=_lastUpdated`;
    for (const q of [
      `Task?patient=Patient/${patient.id}`,
      `Task?owner=Patient/${patient.id}&_summary=count`,
      `CarePlan?patient=Patient/${patient.id}`,
      `Communication?patient=Patient/${patient.id}`,
      `Communication?recipient=Patient/${patient.id}`,
      `Appointment?patient=Patient/${patient.id}`,
      `Appointment?actor=Patient/${patient.id}`,
    ]) {
      const res = await api('GET', `/${q}&${since}`);
      assert.equal(res.status, 200, `${q}: ${JSON.stringify(res.json)}`);
      assert.equal(res.json.total, q.includes('owner') ? 0 : 1, q);
    }
    const questionnaire = await api('GET', `/Questionnaire?status=active&${since}`);
    assert.equal(questionnaire.status, 200);
  },

  async https() {
    if (!state.tlsBaseUrl) {
      console.log('no HTTPS server in this fixture (openssl missing): skipped');
      return SKIP;
    }
    const curl = (args) =>
      new Promise((resolve) => {
        execFile('curl', ['-sS', ...args], { encoding: 'utf8' }, (err, stdout, stderr) =>
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : String(err.code)) : 0, stdout, stderr })
        );
      });
    const auth = ['-H', `Authorization: Bearer ${state.token}`];
    const good = await curl(['--cacert', state.caFile, ...auth, '-w', '\n%{http_code} %{http_version}', `${state.tlsBaseUrl}/Patient?_count=1`]);
    if (good.code === 'ENOENT') {
      console.log('curl not found: skipped');
      return SKIP;
    }
    assert.equal(good.code, 0, good.stderr);
    const [bodyText, statusLine] = good.stdout.split('\n');
    assert.equal(JSON.parse(bodyText).resourceType, 'Bundle');
    const curlHasHttp2 = /\bHTTP2\b/.test((await curl(['-V'])).stdout);
    assert.equal(statusLine, state.tlsHttp2 && curlHasHttp2 ? '200 2' : '200 1.1', 'HTTP/2 offered by ALPN');
    const h1 = await curl(['--http1.1', '--cacert', state.caFile, ...auth, '-o', '/dev/null', '-w', '%{http_code} %{http_version}', `${state.tlsBaseUrl}/metadata`]);
    assert.equal(h1.stdout, '200 1.1');
    const pinned = await curl(['--cacert', state.caFile, '--pinnedpubkey', state.pinnedPublicKey, '-o', '/dev/null', `${state.tlsBaseUrl}/metadata`]);
    assert.equal(pinned.code, 0, pinned.stderr);
    const gz = await curl(['--cacert', state.caFile, ...auth, '--compressed', '-o', '/dev/null', '-w', '%{size_download}', `${state.tlsBaseUrl}/metadata`]);
    assert.equal(gz.code, 0, gz.stderr);

    const noCa = await curl(['-o', '/dev/null', `${state.tlsBaseUrl}/metadata`]);
    assert.equal(noCa.code, 60, `without the test CA, verification fails (curl exit ${noCa.code}: ${noCa.stderr})`);
    const otherCa = await curl(['--cacert', state.otherCaFile, '-o', '/dev/null', `${state.tlsBaseUrl}/metadata`]);
    assert.equal(otherCa.code, 60, 'a different CA is refused');
    const wrongPin = await curl(['--cacert', state.caFile, '--pinnedpubkey', 'sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', '-o', '/dev/null', `${state.tlsBaseUrl}/metadata`]);
    assert.equal(wrongPin.code, 90, 'a wrong pin is refused');
    const noToken = await curl(['--cacert', state.caFile, '-o', '/dev/null', '-w', '%{http_code}', `${state.tlsBaseUrl}/Patient`]);
    assert.equal(noToken.stdout, '401');

    // Node's own client, with and without the CA
    const ca = fs.readFileSync(state.caFile);
    const viaNode = await request(state.tlsBaseUrl, 'POST', '/Patient', { resourceType: 'Patient' }, { ca, gzip: true });
    assert.equal(viaNode.status, 201);
    await assert.rejects(request(state.tlsBaseUrl, 'GET', '/metadata', undefined, {}), /self.signed|unable to (get|verify)/i);
  },

  async faults() {
    // Faults are scoped to Basic so that they cannot hit another test's requests.
    const control = (method, rel, body) => request(state.baseUrl.replace(/\/fhir\/R4$/, ''), method, `/_control/${rel}`, body);
    const tag = runTag();
    const basic = (id) => ({
      resourceType: 'Basic',
      meta: { tag: [tag] },
      identifier: [{ system: 'urn:pacewise:test', value: id }],
      code: { text: 'fault test' },
    });
    const pathPrefix = '/fhir/R4/Basic';
    assert.equal((await control('POST', 'faults', { action: 'status', status: 429, retryAfter: 2, pathPrefix })).status, 200);
    const throttled = await api('GET', '/Basic?_count=1');
    assertOutcome(throttled, 429);
    assert.equal(throttled.headers['retry-after'], '2');
    assert.equal((await api('GET', '/Basic?_count=1')).status, 200, 'a fault fires once by default');

    await control('POST', 'faults', { action: 'status', status: 503, count: 2, pathPrefix });
    assertOutcome(await api('GET', '/Basic?_count=1'), 503);
    assertOutcome(await api('GET', '/Basic?_count=1'), 503);
    assert.equal((await api('GET', '/Basic?_count=1')).status, 200);

    // committed on the server, but the reply never arrives; the retry must not duplicate
    const id = uuid();
    await control('POST', 'faults', { action: 'drop-after-commit', method: 'POST', pathPrefix });
    await assert.rejects(
      api('POST', '/Basic', basic(id), { headers: { 'if-none-exist': `identifier=urn:pacewise:test|${id}` } }),
      /socket hang up|ECONNRESET/
    );
    assert.equal(await countByTag('Basic', tag), 1, 'the write was committed');
    const retry = await api('POST', '/Basic', basic(id), { headers: { 'if-none-exist': `identifier=urn:pacewise:test|${id}` } });
    assert.equal(retry.status, 200, 'the retry matched the committed resource');
    assert.equal(await countByTag('Basic', tag), 1);

    await control('POST', 'faults', { action: 'drop-before', pathPrefix });
    await assert.rejects(api('POST', '/Basic', basic(uuid())), /socket hang up|ECONNRESET/);
    assert.equal(await countByTag('Basic', tag), 1, 'dropped before processing: nothing written');

    await control('POST', 'faults', { action: 'delay', delayMs: 300, pathPrefix });
    const t0 = Date.now();
    assert.equal((await api('GET', '/Basic?_count=1')).status, 200);
    assert.ok(Date.now() - t0 >= 280, 'delayed');

    assert.deepEqual((await control('GET', 'faults')).json.faults, []);
    assertOutcome(await control('POST', 'faults', { action: 'explode' }), 400);
    assertOutcome(await request(state.baseUrl.replace(/\/fhir\/R4$/, ''), 'GET', '/_control/faults', undefined, { token: false }), 401);
  },

  async persistence() {
    // Its own server, twice over the same --data file.
    fs.mkdirSync(stateDir, { recursive: true });
    const dir = fs.mkdtempSync(path.join(stateDir, 'persist-'));
    const data = path.join(dir, 'clinic.json');
    const token = crypto.randomBytes(12).toString('hex');
    const start = async () => {
      const child = spawn(process.execPath, [serverScript, '--port', '0', '--token', token, '--data', data, '--quiet', '--control'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const line = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c) => {
          out += c;
          if (out.includes('\n')) resolve(out.split('\n')[0]);
        });
        child.on('exit', (code) => reject(new Error(`server exited early (${code})`)));
      });
      const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
      return { child, baseUrl: JSON.parse(line).baseUrl, exited };
    };
    const servers = [];
    try {
      const first = await start();
      servers.push(first);
      const created = await request(first.baseUrl, 'POST', '/Patient', { resourceType: 'Patient', name: [{ family: 'Persisted' }] }, { token });
      assert.equal(created.status, 201);
      const updated = await request(first.baseUrl, 'PUT', `/Patient/${created.json.id}`, { ...created.json, gender: 'other' }, { token });
      assert.equal(updated.status, 200);
      const onDisk = JSON.parse(fs.readFileSync(data, 'utf8'));
      assert.equal(onDisk.resources.Patient[created.json.id].gender, 'other', 'saved after the write');
      assert.deepEqual(fs.readdirSync(dir), ['clinic.json'], 'no temp file left behind');
      assert.equal((fs.statSync(data).mode & 0o777).toString(8), '600');

      first.child.kill('SIGTERM');
      assert.deepEqual(await first.exited, { code: 0, signal: null }, 'SIGTERM exits cleanly');

      const second = await start();
      servers.push(second);
      const read = await request(second.baseUrl, 'GET', `/Patient/${created.json.id}`, undefined, { token });
      assert.equal(read.status, 200);
      assert.deepEqual(read.json, updated.json);
      const history = await request(second.baseUrl, 'GET', `/Patient/${created.json.id}/_history`, undefined, { token });
      assert.equal(history.json.entry.length, 2, 'the history survives too');

      // /_control/reset empties the server and its file
      const root = second.baseUrl.replace(/\/fhir\/R4$/, '');
      assert.equal((await request(root, 'GET', '/_control/stats', undefined, { token })).json.resources, 1);
      assert.equal((await request(root, 'POST', '/_control/reset', undefined, { token })).status, 200);
      assert.equal((await request(second.baseUrl, 'GET', `/Patient/${created.json.id}`, undefined, { token })).status, 404);
      assert.deepEqual(JSON.parse(fs.readFileSync(data, 'utf8')).resources, {});
      second.child.kill('SIGINT');
      assert.deepEqual(await second.exited, { code: 0, signal: null }, 'SIGINT exits cleanly');
    } finally {
      for (const s of servers) {
        if (s.child.exitCode === null && s.child.signalCode === null) {
          s.child.kill('SIGKILL');
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

async function main() {
  if (!stateDir || !cases[caseName]) {
    console.error(`usage: node smoke.mjs STATE_DIR CASE\ncases: ${Object.keys(cases).join(', ')}`);
    process.exit(64);
  }
  if (caseName !== 'persistence') {
    const file = path.join(stateDir, 'server.json');
    if (!fs.existsSync(file)) {
      console.error(`${file} is missing: the fixture did not start the server`);
      process.exit(1);
    }
    state = JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  const t0 = Date.now();
  const result = await cases[caseName]();
  console.log(`${caseName}: ${result === SKIP ? 'skipped' : 'passed'} in ${Date.now() - t0} ms`);
  process.exit(result === SKIP ? SKIP : 0);
}

main().catch((err) => {
  console.error(`${caseName}: FAILED`);
  console.error(err?.stack ?? err);
  process.exit(1);
});
