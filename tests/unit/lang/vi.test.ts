// Ads written natively in this language (risky ones and legitimate lookalikes): see cases/vi.json.
import { runLanguageCases } from './run-cases';

runLanguageCases('vi');
