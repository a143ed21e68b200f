// Ads written natively in this language (risky ones and legitimate lookalikes): see cases/zh.json.
import { runNativeCases } from './native-cases';

runNativeCases('zh');
