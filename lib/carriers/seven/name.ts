export const SEVEN = "seven";
