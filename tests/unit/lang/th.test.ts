// Ads written natively in this language (risky ones and legitimate lookalikes): see cases/th.json.
import { runLanguageCases } from './run-cases';

runLanguageCases('th');
