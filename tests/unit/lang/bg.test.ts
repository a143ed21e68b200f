// Ads written natively in this language (risky ones and legitimate lookalikes): see cases/bg.json.
import { runLanguageCases } from './run-cases';

runLanguageCases('bg');
