/**
 * Software networks with exact backpropagation, in double precision: CNN-S and an MLP
 * ({@link org.photonlab.training.nn.Models}), bias-free convolution (im2col, PyTorch weight order) and fully connected
 * layers, BatchNorm, ReLU6; AdamW with a cosine schedule ({@link org.photonlab.training.nn.Pretrainer}); a binary
 * model file and a pre-training cache keyed by model, recipe and data ({@link org.photonlab.training.nn.PretrainCache}).
 */
package org.photonlab.training.nn;
