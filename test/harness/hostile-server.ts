/**
 * A loopback HTTP server whose every answer a test scripts: for the answers no honest Gainsight
 * gives (a trickle, an endless page, a redirect, a huge Retry-After) and for a Gainsight that answers
 * in a shape of its own. Records each request with its headers, and whether the client hung up first.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
	method: string;
	path: string;
	headers: IncomingHttpHeaders;
	body: unknown;
	/** The client closed the connection before the answer was complete (known once `answered` settles). */
	clientHungUp: boolean;
	/** Settles when the answer is complete or the connection closed. */
	answered: Promise<void>;
}

export type Handler = (request: SeenRequest, response: ServerResponse) => void | Promise<void>;

export interface HostileServer {
	url: string;
	port: number;
	seen: SeenRequest[];
	close(): Promise<void>;
}

/** JSON in Gainsight's envelope. */
export function envelope(response: ServerResponse, data: unknown, status = 200, extra: Record<string, unknown> = {}): void {
	response.writeHead(status, { 'content-type': 'application/json' });
	response.end(JSON.stringify({ result: status < 300, errorCode: null, errorDesc: null, requestId: 'hostile-1', message: null, data, ...extra }));
}

export async function startHostileServer(handler: Handler): Promise<HostileServer> {
	const seen: SeenRequest[] = [];
	const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
		let text = '';
		incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
		incoming.on('end', () => {
			let body: unknown = text;
			try {
				body = text ? JSON.parse(text) : undefined;
			} catch {
				// not JSON: kept as text
			}
			let settle = () => {};
			const answered = new Promise<void>((resolve) => (settle = resolve));
			const request: SeenRequest = { method: incoming.method ?? '', path: incoming.url ?? '', headers: incoming.headers, body, clientHungUp: false, answered };
			response.on('close', () => {
				if (!response.writableFinished) request.clientHungUp = true;
				settle();
			});
			seen.push(request);
			void handler(request, response);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		seen,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
