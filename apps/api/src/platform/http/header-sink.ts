/** The one thing a handler needs of Fastify's reply: setting a response header. */
export interface HeaderSink {
  header(name: string, value: string): unknown;
}
