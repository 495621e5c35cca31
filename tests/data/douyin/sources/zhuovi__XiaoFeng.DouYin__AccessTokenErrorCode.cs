# source: zhuovi/XiaoFeng.DouYin Enum/AccessTokenErrorCode.cs @ 16a3488b9d9b1072d62a34bffe9e317dd86d2079 (file last changed 7e77e450161a234a06aae09c01de1593669afe76); only the header comment is used (the enum below it rewords the texts with added spaces)
﻿using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

/****************************************************************
*  Copyright © (2023) www.eelf.cn All Rights Reserved.          *
*  Author : jacky                                               *
*  QQ : 7092734                                                 *
*  Email : jacky@eelf.cn                                        *
*  Site : www.eelf.cn                                           *
*  Create Time : 2023-12-30 19:51:22                            *
*  Version : v 1.0.0                                            *
*  CLR Version : 4.0.30319.42000                                *
*****************************************************************/
namespace XiaoFeng.DouYin.Enum
{
    /*
     *HTTP 状态码  错误码        描述               排查建议
     *200          10002       参数错误            看看是否有参数漏传，或者请求的格式不对。
     *200          10003       配置无效            检查 client_key 参数是否正确
     *200          10007       授权码过期          授权码只有 10 分钟有效期，且只能使用一次。
     *200          10013       client_key 或者 client_secret 报错      检查 client_key 和 client_secret 是否正确。
     *200          10014       client_key 不匹配      检查获取授权码使用的 client_key 和获取 access_token 使用的 client_key 是否一致。
     *200          10001        系统异常              服务出现异常，请稍后重试。
     *200          10005        缺少参数              检查是否填写 client_key 和 refresh_token 参数，请求格式是否正确。
     *200          10004        权限不足              请申请 renew_refresh_token 权限。
     *200          10010        refresh_token 过期    token 已过期，请让用户重新授权。
     *200          10020        超过刷新次数限制      无法再刷新，请让用户重新授权。
     */
    /// <summary>
