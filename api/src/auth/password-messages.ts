import { PASSWORD_MAX, PASSWORD_MIN, PASSWORD_MIN_DISTINCT, type PasswordProblem } from './password-policy';
import { msg, type Message } from '../common/messages';

/** Why a password was refused, as a message of the catalogue (English and Welsh). */
export function passwordMessage(problem: PasswordProblem): Message {
  switch (problem) {
    case 'short':
      return msg('password.tooShort', { min: PASSWORD_MIN });
    case 'long':
      return msg('password.tooLong', { max: PASSWORD_MAX });
    case 'few_characters':
      return msg('password.distinct', { min: PASSWORD_MIN_DISTINCT });
    case 'repeated':
      return msg('password.repeated');
    case 'common':
      return msg('password.common');
    case 'email':
      return msg('password.email');
  }
}
