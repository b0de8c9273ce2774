export { createChatModel, type ChatMessage, type ChatModel, type ChatModelOptions } from './chat-model';
export { proposeUnderstanding, type UnderstandingRequest } from './understanding-proposal';
export { createHttpRephraser, type HttpRephraserOptions } from './rephrase-http';
