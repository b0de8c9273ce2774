export { isValidUscc, usccCheckChar } from './uscc';
export { isValidVin, vinCheckDigit } from './vin';
