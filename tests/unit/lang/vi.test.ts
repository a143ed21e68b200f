// Ads written natively in this language (risky ones and legitimate lookalikes): see cases/vi.json.
import { runNativeCases } from './native-cases';

runNativeCases('vi');
