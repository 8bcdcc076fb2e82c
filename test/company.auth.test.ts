/** What a user sees when the credential is wrong: the access key, or the domain. */
import { calls, companies, runGainsight, useSandbox, autoMapColumns } from './support';

const ctx = useSandbox();
// epoch dates: this test counts the write calls, which the ISO default's describe would join
const insert = { resource: 'company', operation: 'insert', columns: autoMapColumns(), options: { dateFormat: 'epoch' } };

describe('Company › credential problems', () => {
	it('the access key goes in the accesskey header (and is right): the sandbox accepts the call', async () => {
		const { error } = await runGainsight(ctx.sandbox, insert, { items: companies(1) });
		expect(error).toBeUndefined();
		expect(ctx.sandbox.log[0].accessKeyValid).toBe(true);
		expect(ctx.sandbox.log[0].headers.accesskey).toBe('[redacted]');
	});

	it('the credential is read once per run, and every call still carries the key through n8n\'s authentication', async () => {
		const { error, result } = await runGainsight(ctx.sandbox, insert, { items: companies(200) });
		const { credentialsHelper } = result;
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toHaveLength(4);
		expect(ctx.sandbox.log.every((entry) => entry.accessKeyValid)).toBe(true);
		// n8n fetches and decrypts a credential from its database on every read of it.
		expect(credentialsHelper.decryptions.get('gainsightApi')).toBe(1);
		expect(credentialsHelper.authenticated).toHaveLength(4);
	});

	it('a wrong access key: the run fails with Gainsight\'s 401, advice about the key, and the call is not repeated', async () => {
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, { items: companies(3), credentials: { apiKey: 'not-the-key' } });
		expect(out).toHaveLength(0);
		expect(error).toBeDefined();
		expect(error!.message).toContain('GS_AUTH_401');
		expect(error!.description).toMatch(/access key/i);
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/Company']);
		expect(ctx.sandbox.log[0]).toMatchObject({ status: 401, accessKeyValid: false });
	});

	it('a wrong access key with 120 items under continueOnFail: one refused call, every item an error item, nothing stored', async () => {
		const before = ctx.sandbox.store.companies.size;
		const { items: out, error } = await runGainsight(ctx.sandbox, insert, {
			items: companies(120),
			credentials: { apiKey: 'not-the-key' },
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /v1/data/objects/Company']);
		expect(out).toHaveLength(120);
		out.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.httpCode).toBe(401);
			expect(item.json.errorCode).toBe('GS_AUTH_401');
		});
		expect(ctx.sandbox.store.companies.size).toBe(before);
	});

	it.each(['http://evil.com', 'https://acme.gainsightcloud.com/path', 'https://u:p@acme.gainsightcloud.com'])(
		'a domain the node refuses (%s): the run fails before any request is sent',
		async (domain) => {
			const { error } = await runGainsight(ctx.sandbox, insert, { items: companies(1), credentials: { domain } });
			expect(error).toBeDefined();
			expect(error!.message).toMatch(/domain|http/i);
			expect(ctx.sandbox.log).toEqual([]);
		},
	);
});
