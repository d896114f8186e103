#include "crypto/AesGcm.h"

#include "crypto/OpenSslError.h"

#include <memory>
#include <openssl/evp.h>

namespace pacewise::crypto {
namespace {

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

const auto* asBytes(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}
const auto* asBytes(QByteArrayView a) {
    return reinterpret_cast<const unsigned char*>(a.data());
}

CipherCtx newContext(const SecretBytes& key, const QByteArray& nonce, bool encrypt) {
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        throwOpenSslError("EVP_CIPHER_CTX_new");
    if (key.size() != 32 || nonce.size() != Sealed::kNonceSize)
        throwOpenSslError("AES-256-GCM key or nonce size");
    if (EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) != 1 ||
        EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, key.data(), asBytes(nonce), encrypt) != 1)
        throwOpenSslError("EVP_CipherInit_ex");
    return ctx;
}

} // namespace

Sealed seal(const SecretBytes& key, const QByteArray& nonce, const SecretBytes& plaintext,
            QByteArrayView associatedData) {
    CipherCtx ctx = newContext(key, nonce, true);
    int len = 0;
    if (!associatedData.isEmpty() &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, asBytes(associatedData),
                          int(associatedData.size())) != 1)
        throwOpenSslError("EVP_EncryptUpdate(aad)");
    Sealed out;
    out.ciphertext.resize(qsizetype(plaintext.size()));
    auto* cipher = reinterpret_cast<unsigned char*>(out.ciphertext.data());
    if (EVP_EncryptUpdate(ctx.get(), cipher, &len, plaintext.data(), int(plaintext.size())) != 1)
        throwOpenSslError("EVP_EncryptUpdate");
    int tail = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), cipher + len, &tail) != 1)
        throwOpenSslError("EVP_EncryptFinal_ex");
    out.tag.resize(Sealed::kTagSize);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, Sealed::kTagSize, out.tag.data()) != 1)
        throwOpenSslError("EVP_CTRL_GCM_GET_TAG");
    return out;
}

std::optional<SecretBytes> open(const SecretBytes& key, const QByteArray& nonce,
                                const Sealed& sealed, QByteArrayView associatedData) {
    if (sealed.tag.size() != Sealed::kTagSize)
        return std::nullopt;
    CipherCtx ctx = newContext(key, nonce, false);
    int len = 0;
    if (!associatedData.isEmpty() &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, asBytes(associatedData),
                          int(associatedData.size())) != 1)
        throwOpenSslError("EVP_DecryptUpdate(aad)");
    SecretBytes plain(std::size_t(sealed.ciphertext.size()));
    if (EVP_DecryptUpdate(ctx.get(), plain.data(), &len, asBytes(sealed.ciphertext),
                          int(sealed.ciphertext.size())) != 1)
        throwOpenSslError("EVP_DecryptUpdate");
    QByteArray tag = sealed.tag;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(tag.size()), tag.data()) != 1)
        throwOpenSslError("EVP_CTRL_GCM_SET_TAG");
    int tail = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), plain.data() + len, &tail) != 1)
        return std::nullopt; // authentication failed; `plain` is wiped on return
    return plain;
}

} // namespace pacewise::crypto
