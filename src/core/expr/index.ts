/** Expressions in x and y: parsing, printing, TeX, exact derivatives, compiled kernels, computation graphs. */
export type { Vec2, Expr, ExprKernels, FastExpr, KernelOutputs, ParseError, ParseResult } from './types';
export { scratchArray } from './kernels';
export type { Ast, BinaryOp, FnName } from './ast';
export { FUNCTION_NAMES, astEquals } from './ast';
export type { AstResult } from './parse';
export { parseToAst, parseExpression, parseProblem, MAX_EXPRESSION_LENGTH } from './parse';
export { MAX_EXPRESSION_NESTING } from './parser';
export type { ExprDialect, ExprLeaf } from './print';
export { printExpr, printAst } from './print';
export { toTex } from './tex';
export type { CompileOptions, GridEvaluator } from './compile';
export { compileExpr, compileGrid, CompiledExpr } from './compile';
export { hasKernels, kernelsOf } from './adapt';
export type { ComputationGraph, GraphNode, GraphOp } from './graph';
export { computationGraph } from './graph';
export type { SurfaceSummary } from './surfaceSummary';
export { summarizeSurface } from './surfaceSummary';
