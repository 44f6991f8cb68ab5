// Checks of the address block (宛名 / "Dear …,") against the To/Cc recipients the mail client shows.
import type { Rule } from '../../../engine/rule';
import salutationWrongCompany from './salutation-wrong-company';
import salutationWrongPerson from './salutation-wrong-person';
import severalAddressedAsOne from './several-addressed-as-one';

export const addressBlockRules: Rule[] = [salutationWrongPerson, salutationWrongCompany, severalAddressedAsOne];
