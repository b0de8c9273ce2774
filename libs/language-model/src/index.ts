export { createChatModel, type ChatMessage, type ChatModel, type ChatModelOptions } from './chat-model';
export { proposeUnderstanding, type UnderstandingRequest } from './understanding-proposal';
