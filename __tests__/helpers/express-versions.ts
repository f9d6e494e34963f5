import express5 from 'express';

// Express 4 is installed under the alias "express4"; both majors share Express 5's types here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const express4 = require('express4') as typeof express5;

/** Each Express major the package supports, for `describe.each`. */
export const expressMajors: readonly (readonly [string, typeof express5])[] = [
  ['Express 4', express4],
  ['Express 5', express5],
];
