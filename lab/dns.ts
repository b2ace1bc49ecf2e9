// A tiny DNS responder on 127.0.0.1 that answers every query NXDOMAIN (RFC 1035 §4.1.1, RCODE 3),
// for nginx's `resolver` directive: a name that does not resolve, with no outside DNS involved.
import { createSocket } from 'node:dgram';

export type DnsResponder = {
  port: number;
  /** The names asked for, with their query type, e.g. `nowhere.lab.invalid A`. */
  queries: string[];
  close: () => Promise<void>;
};

const TYPES: Record<number, string> = { 1: 'A', 28: 'AAAA', 5: 'CNAME', 33: 'SRV' };

/** Reads the question's name (labels up to the zero byte) starting at byte 12; returns it and the offset after QTYPE/QCLASS. */
function readQuestion(query: Buffer): { name: string; type: string; end: number } | null {
  let offset = 12;
  const labels: string[] = [];
  while (offset < query.length) {
    const length = query[offset];
    if (length === 0) {
      offset += 1;
      break;
    }
    if (length > 63) return null; // no compression in a question
    labels.push(query.toString('latin1', offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
  if (offset + 4 > query.length) return null;
  const qtype = query.readUInt16BE(offset);
  return { name: labels.join('.'), type: TYPES[qtype] ?? String(qtype), end: offset + 4 };
}

export function startNxdomainResponder(): Promise<DnsResponder> {
  const socket = createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (query, remote) => {
    if (query.length < 12) return;
    const question = readQuestion(query);
    if (!question) return;
    queries.push(`${question.name} ${question.type}`);
    const header = Buffer.alloc(12);
    query.copy(header, 0, 0, 2); // same ID
    const flags = query.readUInt16BE(2);
    // QR=1 (response), same opcode, same RD, RA=1, RCODE=3 (NXDOMAIN).
    header.writeUInt16BE(0x8000 | (flags & 0x7800) | (flags & 0x0100) | 0x0080 | 3, 2);
    header.writeUInt16BE(1, 4); // QDCOUNT: the question, echoed
    socket.send(Buffer.concat([header, query.subarray(12, question.end)]), remote.port, remote.address);
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      resolve({
        port: socket.address().port,
        queries,
        close: () => new Promise<void>((done) => socket.close(() => done())),
      });
    });
  });
}
