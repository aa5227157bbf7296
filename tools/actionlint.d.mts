export declare const MAX_DISPATCH_INPUTS: number;
export declare function lintWorkflow(source: string, path: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
