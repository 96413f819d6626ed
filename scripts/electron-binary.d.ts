export declare const PROJECT_ROOT: string;
export declare function findElectronBinary(root?: string, env?: NodeJS.ProcessEnv): string | null;
