// Ads written natively in this language (risky ones and legitimate lookalikes): see cases/bg.json.
import { runNativeCases } from './native-cases';

runNativeCases('bg');
