import { Webhook } from 'standardwebhooks';
import { verifyWebhook, WebhookVerificationError, type WebhookPayload } from '../src';

/** Deliveries signed by the official `standardwebhooks` library, as the API signs them. */
const SECRET = `whsec_${Buffer.from('a secret of thirty-two bytes!!!!').toString('base64')}`;
const payload: WebhookPayload = {
  type: 'user.created',
  timestamp: '2026-11-02T09:30:00.000Z',
  data: {
    id: '5d1c8b7e-0a3f-4e2d-9b6c-7f8e9a0b1c2d',
    type: 'user.created',
    occurred_at: '2026-11-02T09:30:00.000Z',
    tenant_id: '2489e9ad-2ee2-4e00-8ec9-32d5f69181c0',
    actor: { kind: 'api_key', id: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9' },
    request_id: 'req-1',
    resource: { type: 'user', id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' },
    changes: [],
  },
};

function signed(body: string, at = new Date(), id = 'msg_1') {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(SECRET).sign(id, at, body),
  };
}

describe('verifyWebhook', () => {
  const body = JSON.stringify(payload);

  it('returns the typed payload of a delivery signed per Standard Webhooks (plain headers or a Headers object)', async () => {
    const headers = signed(body);
    expect(await verifyWebhook(SECRET, body, headers)).toEqual(payload);
    expect(await verifyWebhook(SECRET, body, new Headers(headers))).toEqual(payload);
    // A rotated secret: any one matching signature of several will do.
    const other = new Webhook(`whsec_${Buffer.from('another secret').toString('base64')}`).sign('msg_1', new Date(), body);
    const several = { ...headers, 'webhook-signature': `${other} ${headers['webhook-signature']}` };
    expect((await verifyWebhook(SECRET, body, several)).type).toBe('user.created');
  });

  it('refuses a changed body, another secret, a stale or future timestamp, and missing headers', async () => {
    const headers = signed(body);
    await expect(verifyWebhook(SECRET, body.replace('user.created', 'user.deleted'), headers)).rejects.toThrow(WebhookVerificationError);
    await expect(verifyWebhook(`whsec_${Buffer.from('wrong').toString('base64')}`, body, headers)).rejects.toThrow(
      'no webhook-signature matches the body',
    );
    const old = new Date(Date.now() - 10 * 60_000);
    await expect(verifyWebhook(SECRET, body, signed(body, old))).rejects.toThrow('too far from now');
    await expect(verifyWebhook(SECRET, body, signed(body, old), { toleranceSec: 3600 })).resolves.toEqual(payload);
    await expect(verifyWebhook(SECRET, body, signed(body, new Date(Date.now() + 10 * 60_000)))).rejects.toThrow('too far from now');
    await expect(verifyWebhook(SECRET, body, { 'webhook-id': 'x' })).rejects.toThrow('missing webhook-timestamp header');
    await expect(verifyWebhook('whsec_%%%', body, headers)).rejects.toThrow('not a Standard Webhooks secret');
  });
});
