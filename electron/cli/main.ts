export async function main(argv: string[]): Promise<number> { console.log("handoff", argv.join(" ")); return 0; }
