/** The bytes of a file a person chose or dropped (read here, never uploaded). */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
