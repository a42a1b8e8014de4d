/**
 * css-tree as Paged.js uses it (parse, walk, generate, clone, List, keyword/property names) without its lexer's
 * data: the default export builds a lexer from MDN's list of every CSS property, at-rule and syntax (~35 KB gzip
 * of the preview chunk), which only validating values against the CSS grammar needs and Paged.js never does. Both
 * renderer builds alias `css-tree` to this module (pagedjs is its only importer).
 */
import { create } from 'css-tree/lib/syntax/create';
import parser from 'css-tree/lib/syntax/config/parser';
import walker from 'css-tree/lib/syntax/config/walker';

export default create({ ...parser, ...walker });
