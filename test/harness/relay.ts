/**
 * A second address for one sandbox: a TCP relay on another loopback port. The node keeps its
 * quota state per tenant address, so a run through the relay stands for another n8n process (its
 * own pacer and day count) calling the same tenant, whose one quota the sandbox enforces.
 */
import { createServer, connect, type Socket } from 'node:net';

import type { Sandbox } from '../../sandbox';

export interface Relay {
	url: string;
	close(): Promise<void>;
}

export async function relayTo(sandbox: Sandbox): Promise<Relay> {
	const sockets = new Set<Socket>();
	const server = createServer((client) => {
		const upstream = connect(sandbox.port, '127.0.0.1');
		for (const socket of [client, upstream]) {
			sockets.add(socket);
			socket.on('close', () => sockets.delete(socket));
			socket.on('error', () => {
				client.destroy();
				upstream.destroy();
			});
		}
		client.pipe(upstream).pipe(client);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
}
