// Ads written natively in this language (risky ones and legitimate lookalikes): see cases/uk.json.
import { runLanguageCases } from './run-cases';

runLanguageCases('uk');
